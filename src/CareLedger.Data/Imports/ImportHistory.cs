using CareLedger.Data.Storage;

namespace CareLedger.Data.Imports;

/// <summary>A contract's imports as people look them up: every one ever made, which replaced which, and each file exactly as it was given.</summary>
public sealed class ImportHistory(LedgerDatabase database)
{
    /// <summary>Every import of the contract, oldest first, each with the import that replaced it (null while it counts).</summary>
    public async Task<IReadOnlyList<ImportEntry>> ListAsync(string contractId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var all = await ImportStore.AllAsync(transaction, contractId, cancellationToken).ConfigureAwait(false);
        var replacedBy = all.Where(import => import.Replaces is not null).ToDictionary(import => import.Replaces!, import => import.Id, StringComparer.Ordinal);
        return [.. all.Select(import => new ImportEntry(import, replacedBy.GetValueOrDefault(import.Id)))];
    }

    /// <summary>Import number <paramref name="sequence"/> of the contract and its bytes as given, or null when there is none.</summary>
    public async Task<(ActualsImport Import, byte[] Content)?> FileAsync(string contractId, long sequence, CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var id = ActualsImport.IdFor(contractId, sequence);
        if (await ImportStore.WithIdAsync(transaction, id, cancellationToken).ConfigureAwait(false) is not { } import || import.ContractId != contractId)
        {
            return null;
        }

        return (import, await ImportStore.ContentAsync(transaction, id, cancellationToken).ConfigureAwait(false));
    }
}

/// <summary>One import and the later import that replaced it, if any.</summary>
public sealed record ImportEntry(ActualsImport Import, string? ReplacedBy);
