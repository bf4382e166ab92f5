namespace CareLedger.Data.Contracts;

/// <summary>A party of a contract version as stored: who may see the contract is decided from these.</summary>
/// <param name="Roles">Space-separated contract roles, as the YAML spells them: <c>commissioner provider prime</c>.</param>
public sealed record ContractParty(string ContractId, long Version, string PartyId, string Name, string Roles, string? Membership)
{
    public bool HasRole(string role) => Roles.Split(' ').Contains(role, StringComparer.Ordinal);
}
