using CareLedger.Data.Migrations;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests;

/// <summary>The one schema history, applied to SQLite and PostgreSQL alike.</summary>
public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_applies_every_migration_once_and_again_does_nothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.EmptyAsync(provider);
        var runner = new MigrationRunner(test.Database);

        var first = await runner.MigrateAsync();
        var second = await runner.MigrateAsync();

        Assert.Equal(runner.Known.Select(migration => migration.Id), first.Select(migration => migration.Id));
        Assert.Empty(second);
        var status = await runner.StatusAsync();
        Assert.Empty(status.Pending);
        Assert.Equal(runner.Known.Count, status.Applied.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_migration_that_fails_leaves_the_database_as_it_was(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var before = await SchemaDump.TakeAsync(test.Database);
        // Creates a table, then fails: the table must not survive the failure.
        var broken = new Migration("9000", "broken", "CREATE TABLE half_done (id TEXT PRIMARY KEY); INSERT INTO no_such_table VALUES (1);");
        var runner = new MigrationRunner(test.Database, [.. MigrationCatalog.For(provider), broken]);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => runner.MigrateAsync());

        Assert.Equal("9000", failure.Migration.Id);
        Assert.Contains("rolled back", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_applied_migration_that_was_edited_is_refused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var edited = MigrationCatalog.For(provider).Select((migration, index) => index == 0 ? migration with { Sql = migration.Sql + "\n-- edited" } : migration).ToArray();
        // A record's `with` keeps computed properties; rebuild so the checksum follows the new text.
        edited[0] = new Migration(edited[0].Id, edited[0].Name, edited[0].Sql);

        var failure = await Assert.ThrowsAsync<MigrationHistoryException>(() => new MigrationRunner(test.Database, edited).MigrateAsync());

        Assert.Contains("differs from the one applied", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_upgraded_by_a_newer_version_is_refused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var newer = new MigrationRunner(test.Database, [.. MigrationCatalog.For(provider), new Migration("9001", "from_the_future", "CREATE TABLE later (id TEXT)")]);
        await newer.MigrateAsync();

        var failure = await Assert.ThrowsAsync<MigrationHistoryException>(() => new MigrationRunner(test.Database).MigrateAsync());

        Assert.Contains("9001_from_the_future", failure.Message, StringComparison.Ordinal);
        Assert.Contains("newer version", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_migration_has_a_unique_id_and_both_databases_get_the_same_list()
    {
        var sqlite = MigrationCatalog.For(DatabaseProvider.Sqlite);
        var postgres = MigrationCatalog.For(DatabaseProvider.PostgreSql);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite.Select(migration => migration.ToString()), postgres.Select(migration => migration.ToString()));
        Assert.Equal(sqlite.Count, sqlite.Select(migration => migration.Id).Distinct().Count());
        Assert.All(sqlite, migration => Assert.DoesNotContain("{blob}", migration.Sql, StringComparison.Ordinal));
    }
}
