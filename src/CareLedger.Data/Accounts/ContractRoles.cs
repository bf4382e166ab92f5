namespace CareLedger.Data.Accounts;

/// <summary>The roles' names as stored and as the API spells them (<c>commissioner-finance</c>), and what each allows.</summary>
public static class ContractRoles
{
    public static IReadOnlyList<ContractRole> All { get; } = Enum.GetValues<ContractRole>();

    public static string Name(ContractRole role) => role switch
    {
        ContractRole.CommissionerFinance => "commissioner-finance",
        ContractRole.ProviderFinance => "provider-finance",
        ContractRole.BoardMember => "board-member",
        ContractRole.Auditor => "auditor",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a contract role."),
    };

    public static bool TryParse(string? text, out ContractRole role)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>
    /// Whether the role allows the permission. Every role reads the contract, its budget and its statements; changes
    /// are each allowed to one role, so an auditor can never change anything.
    /// </summary>
    public static bool Allows(ContractRole role, ContractPermission permission) => permission switch
    {
        ContractPermission.Read => true,
        ContractPermission.Edit or ContractPermission.Settle => role == ContractRole.CommissionerFinance,
        ContractPermission.Import => role is ContractRole.CommissionerFinance or ContractRole.ProviderFinance,
        ContractPermission.Vote => role == ContractRole.BoardMember,
        ContractPermission.ReadAudit => role == ContractRole.Auditor,
        _ => false,
    };

    public static string Names => string.Join(", ", All.Select(Name));
}
