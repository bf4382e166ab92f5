namespace CareLedger.Simulation;

/// <summary>How a simulated year is paid.</summary>
public enum PaymentBasis
{
    /// <summary>By the contract's own mechanisms: its budget, fixed, variable and outcome elements, shares and corridors.</summary>
    Contract,

    /// <summary>
    /// Payment by activity, the baseline every contract model is compared with: each provider is paid each year's
    /// activity at its unit price, with no budget, caps, outcomes or shares (<see cref="Tariff.ActivityTariffYear"/>).
    /// </summary>
    ActivityTariff,
}
