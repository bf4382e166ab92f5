using Dapper;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Audit;

/// <summary>
/// Re-computes the audit trail's chain from the first entry and names the first entry that does not check out:
/// a changed field (its hash no longer matches), a removed or inserted entry (a gap, or a previous hash that is not
/// the entry before's). Streams the entries, so a long trail needs no more memory than a short one.
/// </summary>
public sealed class AuditVerifier(LedgerDatabase database)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var expectedPrevious = AuditEntry.GenesisHash;
        var expectedSequence = 1L;
        var count = 0L;
        var reader = await connection.ExecuteReaderAsync(new CommandDefinition(AuditTrail.SelectAllInOrder, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var parse = reader.GetRowParser<AuditEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var entry = parse(reader);
                var problem = Check(entry, expectedSequence, expectedPrevious);
                if (problem is not null)
                {
                    return new AuditVerification(count, entry.Sequence, problem);
                }

                count++;
                expectedSequence = entry.Sequence + 1;
                expectedPrevious = entry.Hash;
            }
        }

        return new AuditVerification(count, null, null);
    }

    private static string? Check(AuditEntry entry, long expectedSequence, string expectedPrevious)
    {
        if (entry.Sequence != expectedSequence)
        {
            return $"entry {expectedSequence} is missing: the trail jumps from {expectedSequence - 1} to {entry.Sequence}";
        }

        if (entry.PreviousHash != expectedPrevious)
        {
            return $"entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: its previous hash is {Short(entry.PreviousHash)}, the entry before hashes to {Short(expectedPrevious)}";
        }

        var computed = entry.ComputeHash();
        return computed == entry.Hash
            ? null
            : $"entry {entry.Sequence} ({entry.Action} of {entry.EntityType} {entry.EntityId} by {entry.Actor} at {entry.At}) has been altered: its content hashes to {Short(computed)}, not the recorded {Short(entry.Hash)}";
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
