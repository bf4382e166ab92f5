namespace CareLedger.Data.Accounts;

/// <summary>A user holds <see cref="Role"/> in contract <see cref="ContractId"/>.</summary>
public sealed record RoleGrant(string UserId, string ContractId, ContractRole Role);
