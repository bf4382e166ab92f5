using System.Data.Common;
using Dapper;

namespace CareLedger.Data.Storage;

/// <summary>
/// One unit of work: a connection and its transaction. Nothing is written unless <see cref="CommitAsync"/> is called;
/// disposing without it rolls everything back, so an exception or a killed process leaves no partial rows.
/// </summary>
public sealed class LedgerTransaction : IAsyncDisposable
{
    internal LedgerTransaction(LedgerDatabase database, DbConnection connection, DbTransaction transaction)
    {
        Database = database;
        Connection = connection;
        Transaction = transaction;
    }

    public LedgerDatabase Database { get; }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public DatabaseProvider Provider => Database.Provider;

    /// <summary>
    /// Serialises writers of one kind across every server on the database until the transaction ends: a PostgreSQL
    /// transaction-scoped advisory lock. SQLite needs none: its write transactions are already one at a time.
    /// </summary>
    public async Task LockAsync(LedgerLock which, CancellationToken cancellationToken = default)
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            await Connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = (long)which }, Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public Task<int> ExecuteAsync(string sql, object? parameters = null, CancellationToken cancellationToken = default) =>
        Connection.ExecuteAsync(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null, CancellationToken cancellationToken = default) =>
        [.. await Connection.QueryAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)];

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null, CancellationToken cancellationToken = default) =>
        Connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: cancellationToken));

    public Task CommitAsync(CancellationToken cancellationToken = default) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
