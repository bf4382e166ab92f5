namespace CareLedger.Domain.Contracts;

public enum ContractModel
{
    /// <summary>Commissioners and several providers sign one agreement and share risk; no prime, no sub-contracts.</summary>
    Alliance,

    /// <summary>One integrator holds the contract and sub-contracts the providers; may deliver no care itself.</summary>
    PrimeContractor,

    /// <summary>As prime contractor, but the contract holder also delivers care.</summary>
    PrimeProvider,

    /// <summary>E.g. an alliance whose members appoint one of them as prime provider for delivery.</summary>
    Hybrid,
}
