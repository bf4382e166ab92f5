using CareLedger.Data.Storage;

namespace CareLedger.Data.Accounts;

/// <summary>Which contracts a user sees, and with which roles: always read from the database, so every server agrees.</summary>
public sealed class ContractVisibility(LedgerDatabase database)
{
    // A role counts only while the user's organisation is linked to a party the contract has (in any version).
    private const string VisibleRoles =
        "SELECT r.contract_id AS ContractId, r.role AS Role FROM contract_roles r JOIN users u ON u.id = r.user_id "
        + "WHERE r.user_id = @userId AND u.disabled = 0 AND EXISTS (SELECT 1 FROM organisation_parties op JOIN contract_parties cp "
        + "ON cp.contract_id = op.contract_id AND cp.party_id = op.party_id WHERE op.organisation_id = u.organisation_id AND op.contract_id = r.contract_id)";

    public async Task<ContractAccess> AccessAsync(string userId, string contractId, CancellationToken cancellationToken = default)
    {
        var rows = await LedgerReads.QueryAsync<(string ContractId, string Role)>(
            database, VisibleRoles + " AND r.contract_id = @contractId", new { userId, contractId }, cancellationToken).ConfigureAwait(false);
        var roles = Parse(rows);
        return roles.Count == 0 ? ContractAccess.None(contractId) : new ContractAccess(contractId, true, roles);
    }

    /// <summary>Every contract the user sees, in id order, with the roles held in each.</summary>
    public async Task<IReadOnlyList<ContractAccess>> VisibleAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await LedgerReads.QueryAsync<(string ContractId, string Role)>(database, VisibleRoles, new { userId }, cancellationToken).ConfigureAwait(false);
        return [.. rows.GroupBy(row => row.ContractId, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new ContractAccess(group.Key, true, Parse([.. group])))];
    }

    /// <summary>The contract's parties that the user's organisation is: the providers a provider-finance user imports for.</summary>
    public async Task<IReadOnlySet<string>> PartiesOfAsync(string userId, string contractId, CancellationToken cancellationToken = default)
    {
        var parties = await LedgerReads.QueryAsync<string>(
            database,
            "SELECT op.party_id FROM organisation_parties op JOIN users u ON u.organisation_id = op.organisation_id WHERE u.id = @userId AND op.contract_id = @contractId",
            new { userId, contractId },
            cancellationToken).ConfigureAwait(false);
        return parties.ToHashSet(StringComparer.Ordinal);
    }

    private static List<ContractRole> Parse(IReadOnlyList<(string ContractId, string Role)> rows) =>
        [.. rows.Select(row => ContractRoles.TryParse(row.Role, out var role) ? role : (ContractRole?)null).OfType<ContractRole>().Distinct().Order()];
}
