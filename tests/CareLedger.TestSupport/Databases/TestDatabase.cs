using CareLedger.Data.Migrations;
using CareLedger.Data.Storage;
using Npgsql;

namespace CareLedger.TestSupport.Databases;

/// <summary>
/// A fresh, empty database for one test, removed afterwards: a SQLite file in a temporary folder, or a new database on
/// the PostgreSQL that ./test.sh starts (its connection string in <c>CARELEDGER_TEST_POSTGRES</c>). The PostgreSQL
/// tests never skip silently: without the variable they fail saying how to run them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CARELEDGER_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? postgresName;

    private TestDatabase(LedgerDatabase database, string? folder, string? postgresName)
    {
        Database = database;
        this.folder = folder;
        this.postgresName = postgresName;
    }

    public LedgerDatabase Database { get; }

    public DatabaseProvider Provider => Database.Provider;

    /// <summary>Both databases, for <c>[MemberData]</c>: every data test runs on each.</summary>
    public static TheoryData<DatabaseProvider> Providers() => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    /// <summary>An empty database with no schema.</summary>
    public static async Task<TestDatabase> EmptyAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("careledger-test-").FullName;
            return new TestDatabase(LedgerDatabase.Sqlite(Path.Combine(folder, "careledger.db")), folder, null);
        }

        var admin = AdminConnectionString();
        var name = "careledger_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(LedgerDatabase.PostgreSql(builder.ConnectionString), null, name);
    }

    /// <summary>A database with the whole schema applied.</summary>
    public static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = await EmptyAsync(provider);
        await new MigrationRunner(database.Database).MigrateAsync();
        return database;
    }

    /// <summary>
    /// Waits until no other session is connected to <paramref name="database"/> (at most <paramref name="patience"/>).
    /// PostgreSQL rolls back a killed client's transaction only when its backend notices the connection is gone, so a
    /// test that kills a process waits for this before looking at what was left. SQLite has nothing to wait for.
    /// </summary>
    public static async Task WhenOtherSessionsEndAsync(LedgerDatabase database, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
            if ((long)(await command.ExecuteScalarAsync())! == 0)
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    public static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with ./test.sh, which starts a PostgreSQL on loopback for them.");

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(AdminConnectionString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    public override string ToString() => Database.Description;
}
