using CareLedger.Data.Storage;

namespace CareLedger.Data.Audit;

/// <summary>
/// Appends to and reads the audit trail. An entry is written in the same transaction as the change it records, so a
/// change is never without its entry nor an entry without its change.
/// </summary>
public sealed class AuditTrail(TimeProvider? clock = null)
{
    private const string Columns =
        "sequence AS Sequence, at AS At, actor AS Actor, action AS Action, entity_type AS EntityType, entity_id AS EntityId, contract_id AS ContractId, "
        + "before_state AS BeforeState, after_state AS AfterState, previous_hash AS PreviousHash, hash AS Hash";

    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public async Task<AuditEntry> AppendAsync(LedgerTransaction transaction, Actor actor, AuditChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);

        // Entries chain, so two servers must not both append after the same entry.
        await transaction.LockAsync(LedgerLock.AuditTrail, cancellationToken).ConfigureAwait(false);
        var last = await transaction.QuerySingleOrDefaultAsync<AuditEntry>(
            $"SELECT {Columns} FROM audit_entries ORDER BY sequence DESC LIMIT 1", cancellationToken: cancellationToken).ConfigureAwait(false);
        var unhashed = new AuditEntry(
            (last?.Sequence ?? 0) + 1,
            LedgerTime.Format(clock.GetUtcNow()),
            actor.Name,
            change.Action,
            change.EntityType,
            change.EntityId,
            change.ContractId,
            change.Before,
            change.After,
            last?.Hash ?? AuditEntry.GenesisHash,
            string.Empty);
        var entry = unhashed with { Hash = unhashed.ComputeHash() };
        await transaction.ExecuteAsync(
            "INSERT INTO audit_entries (sequence, at, actor, action, entity_type, entity_id, contract_id, before_state, after_state, previous_hash, hash) "
            + "VALUES (@Sequence, @At, @Actor, @Action, @EntityType, @EntityId, @ContractId, @BeforeState, @AfterState, @PreviousHash, @Hash)",
            entry,
            cancellationToken).ConfigureAwait(false);
        return entry;
    }

    /// <summary>Entries after <paramref name="after"/> (a sequence number; 0 for the first page), oldest first, optionally for one contract.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(LedgerDatabase database, long after, int limit, string? contractId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var transaction = await database.BeginReadAsync(cancellationToken).ConfigureAwait(false);
        var filter = contractId is null ? string.Empty : " AND contract_id = @contractId";
        return await transaction.QueryAsync<AuditEntry>(
            $"SELECT {Columns} FROM audit_entries WHERE sequence > @after{filter} ORDER BY sequence LIMIT @limit",
            new { after, limit, contractId },
            cancellationToken).ConfigureAwait(false);
    }

    internal static string SelectColumns => $"SELECT {Columns} FROM audit_entries";

    internal static string SelectAllInOrder => $"{SelectColumns} ORDER BY sequence";
}
