using CareLedger.Application;
using CareLedger.Data.Accounts;
using CareLedger.Data.Imports;
using CareLedger.Server.Endpoints;
using CareLedger.Server.Security;
using Microsoft.Extensions.Logging;

namespace CareLedger.Server.Imports;

/// <summary>
/// Imports of actuals made by a signed-in user, from the API and the imports page alike, so both refuse the same
/// files for the same reasons. Commissioner finance imports any section; anyone else allowed to import (provider
/// finance) imports only its own organisation's activity and costs (<see cref="ForeignRows"/>, CL811). Each stage
/// and each ending is logged for operators.
/// </summary>
public sealed class UserImports(ActualsImports imports, ContractVisibility visibility, ILoggerFactory logs)
{
    /// <param name="access">The user's access to the contract when the caller has it already (the authorisation handler found it); looked up when null.</param>
    /// <param name="replace">The import these files replace (its number or id), or null.</param>
    public async Task<ServiceResult<ImportOutcome>> ImportAsync(
        SignedInUser user, string contractId, IReadOnlyList<ImportFile> files, string? replace, ContractAccess? access = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        access ??= await visibility.AccessAsync(user.Id, contractId, cancellationToken).ConfigureAwait(false);
        var onlyFor = access.Roles.Contains(ContractRole.CommissionerFinance) ? null : await visibility.PartiesOfAsync(user.Id, contractId, cancellationToken).ConfigureAwait(false);
        var log = logs.CreateLogger(ImportEndpoints.LogCategory);
        var request = new ImportRequest(contractId, files, string.IsNullOrWhiteSpace(replace) ? null : replace.Trim(), onlyFor);
        var result = await imports.ImportAsync(request, user.Actor, new StageLog(log, contractId, user.Email), cancellationToken).ConfigureAwait(false);
        if (result.Value is not { } outcome)
        {
            ImportLog.Refused(log, contractId, user.Email);
        }
        else if (!outcome.NothingNew)
        {
            var recorded = string.Join(", ", outcome.Files.Where(file => !file.AlreadyImported).Select(file => file.Import.Id));
            ImportLog.Recorded(log, contractId, user.Email, recorded);
        }

        return result;
    }

    /// <summary>Logs each stage as it begins, so an operator sees a long import checking, then writing.</summary>
    private sealed class StageLog(ILogger log, string contractId, string user) : IProgress<ImportStage>
    {
        public void Report(ImportStage value) =>
            ImportLog.Stage(log, contractId, user, value == ImportStage.Checking ? "checking every row" : "writing");
    }
}
