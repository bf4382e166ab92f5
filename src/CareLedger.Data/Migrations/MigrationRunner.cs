using CareLedger.Data.Storage;

namespace CareLedger.Data.Migrations;

/// <summary>
/// Brings a database's schema up to date. Each migration runs in its own transaction together with the row that
/// records it, so a migration that fails leaves the database exactly as it was before that migration (both
/// databases roll back schema changes). Servers starting together on one PostgreSQL take turns.
/// </summary>
public sealed class MigrationRunner(LedgerDatabase database, IReadOnlyList<Migration>? migrations = null, TimeProvider? clock = null)
{
    private readonly IReadOnlyList<Migration> migrations = migrations ?? MigrationCatalog.For(database.Provider);
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>The migrations this program knows, in order.</summary>
    public IReadOnlyList<Migration> Known => migrations;

    /// <summary>Applies every migration not yet applied; returns those it applied (none when up to date).</summary>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var applied = new List<Migration>();
        await EnsureHistoryTableAsync(cancellationToken).ConfigureAwait(false);
        foreach (var migration in migrations)
        {
            await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
            await transaction.LockAsync(LedgerLock.Migrations, cancellationToken).ConfigureAwait(false);
            var recorded = await RecordedAsync(transaction, cancellationToken).ConfigureAwait(false);
            CheckHistory(recorded);
            if (recorded.Any(row => row.Id == migration.Id))
            {
                continue;
            }

            try
            {
                await transaction.ExecuteAsync(migration.Sql, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException)
            {
                throw new MigrationFailedException(migration, exception);
            }

            await transaction.ExecuteAsync(
                "INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (@Id, @Name, @Checksum, @AppliedAt)",
                new { migration.Id, migration.Name, migration.Checksum, AppliedAt = LedgerTime.Format(clock.GetUtcNow()) },
                cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            applied.Add(migration);
        }

        return applied;
    }

    /// <summary>The migrations recorded as applied, with any this program does not know or whose text has changed.</summary>
    /// <remarks>Reads only: a database never migrated reports every migration pending and is left as it was.</remarks>
    public async Task<MigrationStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        var exists = database.Provider == DatabaseProvider.Sqlite
            ? await transaction.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", cancellationToken: cancellationToken).ConfigureAwait(false) > 0
            : await transaction.QuerySingleOrDefaultAsync<bool>("SELECT to_regclass('schema_migrations') IS NOT NULL", cancellationToken: cancellationToken).ConfigureAwait(false);
        IReadOnlyList<RecordedMigration> recorded = exists ? await RecordedAsync(transaction, cancellationToken).ConfigureAwait(false) : [];
        var pending = migrations.Where(migration => recorded.All(row => row.Id != migration.Id)).ToArray();
        return new MigrationStatus([.. recorded.Select(row => row.Id + "_" + row.Name)], [.. pending.Select(migration => migration.ToString())]);
    }

    private async Task EnsureHistoryTableAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.LockAsync(LedgerLock.Migrations, cancellationToken).ConfigureAwait(false);
        await transaction.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken: cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<RecordedMigration>> RecordedAsync(LedgerTransaction transaction, CancellationToken cancellationToken) =>
        await transaction.QueryAsync<RecordedMigration>("SELECT id AS Id, name AS Name, checksum AS Checksum FROM schema_migrations ORDER BY id", cancellationToken: cancellationToken).ConfigureAwait(false);

    private void CheckHistory(IReadOnlyList<RecordedMigration> recorded)
    {
        foreach (var row in recorded)
        {
            var known = migrations.FirstOrDefault(migration => migration.Id == row.Id)
                ?? throw new MigrationHistoryException($"The database has migration {row.Id}_{row.Name}, which this version of CareLedger does not know: it was upgraded by a newer version. Run that version, or restore a backup taken before the upgrade.");
            if (known.Checksum != row.Checksum)
            {
                throw new MigrationHistoryException($"Migration {known} differs from the one applied to this database (checksum {row.Checksum[..12]}… against {known.Checksum[..12]}…). Applied migrations are never edited; add a new migration instead.");
            }
        }
    }

    private sealed record RecordedMigration(string Id, string Name, string Checksum);
}
