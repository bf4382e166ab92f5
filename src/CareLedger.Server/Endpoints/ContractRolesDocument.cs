using CareLedger.Data.Accounts;

namespace CareLedger.Server.Endpoints;

/// <summary>A contract the user sees and the roles they hold in it.</summary>
public sealed record ContractRolesDocument(string ContractId, IReadOnlyList<string> Roles)
{
    public static ContractRolesDocument Of(ContractAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return new(access.ContractId, [.. access.Roles.Select(ContractRoles.Name)]);
    }
}
