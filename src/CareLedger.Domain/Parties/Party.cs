namespace CareLedger.Domain.Parties;

/// <summary>An organisation in the contract: a commissioner, council, provider, prime or sub-contractor.</summary>
/// <param name="Kind">Free description such as "acute trust" or "GP federation", for readers; no rule depends on it.</param>
/// <param name="Prime">For a sub-contractor, the prime it is paid through.</param>
public sealed record Party(
    Id<Party> Id,
    string Name,
    IReadOnlySet<PartyRole> Roles,
    Membership? Membership = null,
    string? Kind = null,
    Id<Party>? Prime = null)
{
    public bool Has(PartyRole role) => Roles.Contains(role);

    /// <summary>Commissioners and councils pay into the budget.</summary>
    public bool Commissions => Has(PartyRole.Commissioner) || Has(PartyRole.LocalAuthority);

    /// <summary>Parties that can be allocated money: providers, primes and sub-contractors.</summary>
    public bool IsPayable => Has(PartyRole.Provider) || Has(PartyRole.Prime) || Has(PartyRole.SubContractor);
}
