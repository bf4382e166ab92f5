using CareLedger.Application;
using CareLedger.Application.Actuals;
using CareLedger.Data.Storage;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Imports;

/// <summary>
/// The actuals a settlement run reads: every import of the contract in force, read again from the bytes stored with
/// it (a workbook's sheets included) and checked against the contract the run settles, so each figure still cites its
/// file, row and column. Their fingerprint combines the imports' fingerprints in order: new or replaced actuals give
/// a new fingerprint. Actuals that no longer check (a later version dropped a party they name) come back as findings.
/// </summary>
public sealed class StoredActuals(ActualsService? reader = null) : IStoredActuals
{
    private readonly ActualsService reader = reader ?? new ActualsService();

    public async Task<ServiceResult<ActualsSnapshot>> LoadAsync(LedgerTransaction transaction, Contract contract, string contractId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(contract);
        var imports = await ImportStore.CurrentAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var clashing = StoredFiles.Clashing(imports.Select(import => import.FileName));
        var decoded = await StoredFiles.DecodeAsync(transaction, imports, clashing, cancellationToken).ConfigureAwait(false);
        if (decoded.Value is not { } files)
        {
            return decoded.FailedAs<ActualsSnapshot>();
        }

        var texts = files.SelectMany(file => file.Texts).ToArray();
        var loaded = reader.Load(contract, texts);
        return loaded.Value is { } actuals
            ? ServiceResult<ActualsSnapshot>.Success(new ActualsSnapshot(actuals, Fingerprint.Combine(imports.Select(import => import.Fingerprint)), texts), loaded.Diagnostics)
            : loaded.FailedAs<ActualsSnapshot>();
    }
}
