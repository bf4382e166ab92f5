using Dapper;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Accounts;

/// <summary>
/// Reads outside a write transaction. A SQLite write transaction is taken immediately (one writer at a time), so
/// reading through one would queue every request behind every write; a plain connection reads a consistent snapshot.
/// </summary>
internal static class LedgerReads
{
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(LedgerDatabase database, string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)];
    }

    public static async Task<T?> SingleAsync<T>(LedgerDatabase database, string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
