using CareLedger.Application;
using CareLedger.Application.Actuals;
using CareLedger.Data.Storage;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Imports;

/// <summary>
/// Reads a contract's current actuals from the text of its imports (every import not replaced by a later one, in the
/// order imported) and checks them as <c>careledger settle</c> does, so explanations cite the imported file's rows.
/// The fingerprint combines the imports' fingerprints: the same imports, the same fingerprint.
/// </summary>
public sealed class StoredActualsFromText(ActualsService? reader = null) : IStoredActuals
{
    private readonly ActualsService reader = reader ?? new ActualsService();

    public async Task<ServiceResult<ActualsSnapshot>> LoadAsync(LedgerTransaction transaction, Contract contract, string contractId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var imports = await transaction.QueryAsync<ImportText>(
            "SELECT file_name AS FileName, text AS Text, fingerprint AS Fingerprint FROM actuals_imports a WHERE contract_id = @contractId "
            + "AND NOT EXISTS (SELECT 1 FROM actuals_imports b WHERE b.replaces = a.id) ORDER BY sequence",
            new { contractId },
            cancellationToken).ConfigureAwait(false);
        var files = imports.Select(item => new SourceText(item.FileName, item.Text)).ToArray();
        var loaded = reader.Load(contract, files);
        return loaded.Value is { } actuals
            ? ServiceResult<ActualsSnapshot>.Success(new ActualsSnapshot(actuals, Fingerprint.Combine(imports.Select(item => item.Fingerprint)), files), loaded.Diagnostics)
            : loaded.FailedAs<ActualsSnapshot>();
    }

    private sealed record ImportText(string FileName, string Text, string Fingerprint);
}
