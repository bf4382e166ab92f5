namespace CareLedger.Data.Accounts;

/// <summary>
/// What one user may do in one contract. <see cref="Visible"/> is false unless the contract exists, one of its parties
/// is the user's organisation and the user holds a role in it: the server answers 404 then, never 403, so nobody
/// learns which contracts exist elsewhere.
/// </summary>
public sealed record ContractAccess(string ContractId, bool Visible, IReadOnlyList<ContractRole> Roles)
{
    public static ContractAccess None(string contractId) => new(contractId, false, []);

    public bool Allows(ContractPermission permission) => Visible && Roles.Any(role => ContractRoles.Allows(role, permission));
}
