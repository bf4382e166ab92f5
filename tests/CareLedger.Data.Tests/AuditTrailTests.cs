using CareLedger.Data.Audit;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests;

/// <summary>The audit trail is append-only and tamper-evident: each entry's hash covers it and the hash before it.</summary>
public sealed class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Entries_chain_and_an_intact_trail_verifies(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var entries = await AppendAsync(test.Database, 3);

        Assert.Equal([1L, 2L, 3L], entries.Select(entry => entry.Sequence));
        Assert.Equal(AuditEntry.GenesisHash, entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        var verified = await new AuditVerifier(test.Database).VerifyAsync();
        Assert.True(verified.Intact, verified.Problem);
        Assert.Equal(3, verified.EntriesChecked);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_database_refuses_to_update_or_delete_an_entry(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        await AppendAsync(test.Database, 1);

        await using var transaction = await test.Database.BeginAsync();
        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => transaction.ExecuteAsync("UPDATE audit_entries SET actor = 'someone else'"));
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_edited_entry_is_named_by_verify(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        await AppendAsync(test.Database, 5);
        // Someone with direct access to the database removes the guard and changes entry 3's after-state.
        await TamperAsync(test.Database, "UPDATE audit_entries SET after_state = '{\"amount\":\"1000000.00\"}' WHERE sequence = 3");

        var verified = await new AuditVerifier(test.Database).VerifyAsync();

        Assert.False(verified.Intact);
        Assert.Equal(3, verified.FirstBadSequence);
        Assert.Equal(2, verified.EntriesChecked);
        Assert.Contains("entry 3", verified.Problem, StringComparison.Ordinal);
        Assert.Contains("altered", verified.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_entry_is_named_by_verify(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        await AppendAsync(test.Database, 4);
        await TamperAsync(test.Database, "DELETE FROM audit_entries WHERE sequence = 2");

        var verified = await new AuditVerifier(test.Database).VerifyAsync();

        Assert.Equal(3, verified.FirstBadSequence);
        Assert.Contains("entry 2 is missing", verified.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_entry_rehashed_after_editing_still_breaks_the_chain_after_it(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var entries = await AppendAsync(test.Database, 3);
        // A careful forger recomputes entry 2's own hash; entry 3 still points at the old one.
        var forged = entries[1] with { Actor = "user:forger@example.nhs.uk" };
        forged = forged with { Hash = forged.ComputeHash() };
        await TamperAsync(test.Database, $"UPDATE audit_entries SET actor = '{forged.Actor}', hash = '{forged.Hash}' WHERE sequence = 2");

        var verified = await new AuditVerifier(test.Database).VerifyAsync();

        Assert.Equal(3, verified.FirstBadSequence);
        Assert.Contains("does not follow entry 2", verified.Problem, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<AuditEntry>> AppendAsync(LedgerDatabase database, int count)
    {
        var trail = new AuditTrail();
        var entries = new List<AuditEntry>();
        for (var index = 1; index <= count; index++)
        {
            await using var transaction = await database.BeginAsync();
            entries.Add(await trail.AppendAsync(transaction, Actor.User("finance@example.nhs.uk"), new AuditChange("test.changed", "thing", $"thing-{index}", "c1", index == 1 ? null : $"{{\"n\":{index - 1}}}", $"{{\"n\":{index}}}")));
            await transaction.CommitAsync();
        }

        return entries;
    }

    /// <summary>Edits the trail as an intruder with database access would: dropping the append-only guard first.</summary>
    private static async Task TamperAsync(LedgerDatabase database, string sql)
    {
        await using var transaction = await database.BeginAsync();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await transaction.ExecuteAsync("DROP TRIGGER audit_entries_append_only_update; DROP TRIGGER audit_entries_append_only_delete;");
        }
        else
        {
            await transaction.ExecuteAsync("DROP TRIGGER audit_entries_append_only ON audit_entries");
        }

        await transaction.ExecuteAsync(sql);
        await transaction.CommitAsync();
    }
}
