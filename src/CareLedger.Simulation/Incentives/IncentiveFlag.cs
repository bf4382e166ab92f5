namespace CareLedger.Simulation.Incentives;

/// <summary>What a finding says about the incentive it measures.</summary>
public enum IncentiveFlag
{
    /// <summary>The lever pays the way the contract means it to, or the contract says nothing about its direction.</summary>
    None,

    /// <summary>A party gains from what the contract means to reduce, loses from what it means to encourage, or gains at the alliance's cost.</summary>
    Perverse,

    /// <summary>An indicator that carries weight moves nobody's income where the contract stands: there is no reward for meeting it.</summary>
    NoIncentive,
}
