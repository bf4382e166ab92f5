namespace CareLedger.Domain.Parties;

/// <summary>What a party does in the contract. A party can hold several roles (a prime provider is both prime and provider).</summary>
public enum PartyRole
{
    /// <summary>Buys care and pays for it: a CCG, today an ICB, or NHS England.</summary>
    Commissioner,

    /// <summary>A council commissioning or pooling social-care money.</summary>
    LocalAuthority,

    /// <summary>Delivers care and is paid for it.</summary>
    Provider,

    /// <summary>Holds the contract and manages the supply chain (integrator); may deliver no care itself.</summary>
    Prime,

    /// <summary>Delivers care under a sub-contract with the prime; paid through the prime.</summary>
    SubContractor,

    /// <summary>Funds part of the contract without commissioning, e.g. a charity paying management costs.</summary>
    Funder,
}
