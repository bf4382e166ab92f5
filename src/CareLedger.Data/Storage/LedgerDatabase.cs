using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CareLedger.Data.Storage;

/// <summary>
/// Where the records live and how to open a connection to them. Every connection is configured the same way, so
/// code above this type never needs to know which database it talks to except through <see cref="Provider"/>.
/// </summary>
public sealed class LedgerDatabase
{
    private LedgerDatabase(DatabaseProvider provider, string connectionString, string description)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Description = description;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Where the data is, for people: a file path, or the PostgreSQL host and database (never the password).</summary>
    public string Description { get; }

    /// <summary>
    /// A SQLite database in the file at <paramref name="path"/>, created (with its folder) when first opened — unless
    /// <paramref name="mustExist"/>, for commands that only read or check, which then fail rather than leave an empty file.
    /// </summary>
    public static LedgerDatabase Sqlite(string path, bool mustExist = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = mustExist ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            // A writer waits this long for another to finish before giving up with "database is locked".
            DefaultTimeout = 30,
            Pooling = true,
        };
        return new LedgerDatabase(DatabaseProvider.Sqlite, builder.ToString(), full);
    }

    /// <summary>A PostgreSQL database given by an Npgsql connection string.</summary>
    public static LedgerDatabase PostgreSql(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new LedgerDatabase(DatabaseProvider.PostgreSql, builder.ConnectionString, $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}");
    }

    /// <summary>Opens a connection. SQLite files get write-ahead logging (readers never wait for the writer).</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(ConnectionString)
            : new NpgsqlConnection(ConnectionString);
        try
        {
            if (Provider == DatabaseProvider.Sqlite && !ConnectionString.Contains("Mode=ReadWrite;", StringComparison.Ordinal))
            {
                var folder = Path.GetDirectoryName(Description);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }
            }

            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (Provider == DatabaseProvider.Sqlite)
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens a connection and begins a write transaction. SQLite's is taken immediately (one writer at a time, others
    /// wait), so a read-then-write inside it never fails halfway with a busy error; PostgreSQL's is read committed,
    /// and code that must serialise takes <see cref="LedgerTransaction.LockAsync"/>.
    /// </summary>
    public async Task<LedgerTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: false)
                : await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new LedgerTransaction(this, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override string ToString() => Description;
}
