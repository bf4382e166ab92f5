using CareLedger.Application;
using CareLedger.Application.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Imports;

/// <summary>
/// The contract actuals are checked against: the latest stored version of it, read and validated again from its
/// text (which was valid when uploaded, so its findings only ever say the contract cannot be used).
/// </summary>
internal static class StoredContract
{
    public static async Task<ServiceResult<Contract>> CurrentAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken)
    {
        var version = await transaction.QuerySingleOrDefaultAsync<VersionText>(
            "SELECT file_name AS FileName, yaml AS Yaml FROM contract_versions WHERE contract_id = @contractId ORDER BY version DESC LIMIT 1",
            new { contractId },
            cancellationToken).ConfigureAwait(false);
        if (version is not { } found)
        {
            return ServiceResult<Contract>.Rejected(new RequestProblem(
                "contract",
                $"there is no contract '{contractId}' in the ledger; upload the contract first, then import its actuals."));
        }

        var opened = new ContractService().Open(new SourceText(found.FileName, found.Yaml));
        return opened.Value?.Contract is { } contract
            ? ServiceResult<Contract>.Success(contract)
            : ServiceResult<Contract>.Failure(opened.Diagnostics);
    }

    private sealed record VersionText(string FileName, string Yaml);
}
