using CareLedger.Data.Audit;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests;

/// <summary>An auditor's search of one contract's trail: by text, who, kind and days, paged, and never another contract's.</summary>
public sealed class AuditSearchTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_filter_finds_exactly_the_matching_entries_of_the_contract_newest_first(DatabaseProvider provider)
    {
        var (test, search) = await SeededAsync(provider);
        await using var database = test;

        Assert.Equal(new long[] { 5, 3, 1 }, await SequencesAsync(search, "c1", AuditQuery.Everything()));
        // "Material" in a different case, inside the after-state of entry 3 only.
        Assert.Equal(new long[] { 3 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { Text = "MATERIAL" }));
        Assert.Equal(new long[] { 1 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { Who = "NUH" }));
        Assert.Equal(new long[] { 3 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { Action = "motion.vote" }));
        // Days are inclusive: entry n is on n April (see SeedAsync).
        Assert.Equal(new long[] { 3, 1 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { From = new DateOnly(2026, 4, 1), To = new DateOnly(2026, 4, 3) }));
        Assert.Equal(new long[] { 1 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { To = new DateOnly(2026, 4, 2) }));
        Assert.Equal(new long[] { 5 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { From = new DateOnly(2026, 4, 4) }));
        Assert.Equal(new long[] { 3 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { Who = "board@s", Text = "material" }));
        // Entry 2 is the other contract's and matches the text, but is never found from c1.
        Assert.Equal(new long[] { 2 }, await SequencesAsync(search, "c2", AuditQuery.Everything() with { Text = "material" }));
        Assert.Equal(new[] { "motion.proposed", "motion.vote" }, await search.ActionsAsync("c1"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Percent_and_underscore_in_a_search_are_literal(DatabaseProvider provider)
    {
        var (test, search) = await SeededAsync(provider);
        await using var database = test;

        // Entry 5 holds "share 50% of plan"; entry 1 holds "500 and 5_0". Unescaped, "50%" would match both
        // and "5_0" would match "500".
        Assert.Equal(new long[] { 5 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { Text = "50%" }));
        Assert.Equal(new long[] { 1 }, await SequencesAsync(search, "c1", AuditQuery.Everything() with { Text = "5_0" }));
        Assert.Empty(await SequencesAsync(search, "c1", AuditQuery.Everything() with { Text = "%" + "\\" }));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_cover_every_match_once_and_count_them(DatabaseProvider provider)
    {
        var (test, search) = await SeededAsync(provider);
        await using var database = test;

        var first = await search.SearchAsync("c1", new AuditQuery(null, null, null, null, null, 1, 2));
        var second = await search.SearchAsync("c1", new AuditQuery(null, null, null, null, null, 2, 2));

        Assert.Equal(3, first.Matching);
        Assert.Equal(2, first.Pages);
        Assert.Equal([5L, 3L], first.Entries.Select(entry => entry.Sequence));
        Assert.Equal([1L], second.Entries.Select(entry => entry.Sequence));
    }

    private static async Task<long[]> SequencesAsync(AuditSearch search, string contractId, AuditQuery query) =>
        [.. (await search.SearchAsync(contractId, query)).Entries.Select(entry => entry.Sequence)];

    private static async Task<(TestDatabase Test, AuditSearch Search)> SeededAsync(DatabaseProvider provider)
    {
        var test = await TestDatabase.MigratedAsync(provider);
        await SeedAsync(test.Database);
        return (test, new AuditSearch(test.Database));
    }

    /// <summary>Five entries, entry n on n April 2026; entries 2 and 4 are contract c2's, the rest c1's.</summary>
    private static async Task SeedAsync(LedgerDatabase database)
    {
        var clock = new DayClock(new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.Zero));
        var trail = new AuditTrail(clock);
        (string Actor, string Action, string Contract, string After)[] changes =
        [
            ("user:board@nuh.demo", "motion.proposed", "c1", "{\"reason\":\"500 and 5_0\"}"),
            ("user:board@nuh.demo", "motion.proposed", "c2", "{\"subject\":\"material\"}"),
            ("user:board@sfh.demo", "motion.vote", "c1", "{\"subject\":\"gateway question 'material'\"}"),
            ("user:finance@ccg.demo", "contract.version.added", "c2", "{}"),
            ("user:board@ccg.demo", "motion.proposed", "c1", "{\"reason\":\"share 50% of plan\"}"),
        ];
        foreach (var (actor, action, contract, after) in changes)
        {
            await using var transaction = await database.BeginAsync();
            await trail.AppendAsync(transaction, new Actor(actor), new AuditChange(action, "motion", "m-" + action, contract, null, after));
            await transaction.CommitAsync();
            clock.NextDay();
        }
    }

    private sealed class DayClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void NextDay() => _now = _now.AddDays(1);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
