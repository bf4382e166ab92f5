using CareLedger.Application.Actuals;
using CareLedger.Data.Storage;
using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Imports;

/// <summary>
/// The actuals a settlement run reads: every import of the contract in force, read again from the bytes stored with
/// it and checked against the contract the run settles, so each figure still cites its file, row and column. Their
/// fingerprint combines the imports' fingerprints in order: new or replaced actuals give a new fingerprint.
/// </summary>
public sealed class StoredActuals : IStoredActuals
{
    public async Task<ActualsSnapshot> LoadAsync(LedgerTransaction transaction, Contract contract, string contractId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(contract);
        var imports = await ImportStore.CurrentAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var clashing = StoredFiles.Clashing(imports.Select(import => import.FileName));
        var decoded = await StoredFiles.DecodeAsync(transaction, imports, clashing, cancellationToken).ConfigureAwait(false);
        if (decoded.Value is not { } files)
        {
            throw new StoredActualsException(contractId, decoded.Diagnostics);
        }

        var texts = files.SelectMany(file => file.Texts).ToArray();
        var loaded = new ActualsService().Load(contract, texts);
        if (loaded.Value is not { } actuals)
        {
            throw new StoredActualsException(contractId, loaded.Diagnostics);
        }

        return new ActualsSnapshot(actuals, Fingerprint.Combine(imports.Select(import => import.Fingerprint)), texts);
    }
}
