using CareLedger.Data.Storage;
using Npgsql;

namespace CareLedger.Server.Tests.Support;

/// <summary>
/// Holds any writer that appends an <c>actuals.imported</c> entry to the audit trail — the last write of an import's
/// transaction before it commits — so a test that kills the server once it says it is writing is sure to kill it
/// inside that transaction, however fast the machine. Without this the whole write can commit in the few
/// milliseconds between the server's log line and the kill.
/// <list type="bullet">
/// <item>PostgreSQL: the test's own session takes the audit trail's advisory lock, which every append waits for, and
/// can see the server's session waiting on it.</item>
/// <item>SQLite: one writer at a time leaves nothing to wait on, so a trigger on the entry makes the insert count
/// 8×10⁹ rows of a cross join first (about a minute of processor time); the server is killed long before it ends.</item>
/// </list>
/// </summary>
public sealed class StalledAuditTrail : IAsyncDisposable
{
    private const int StallRows = 2_000;

    private readonly LedgerDatabase _database;
    private readonly NpgsqlConnection? _holder;
    private NpgsqlTransaction? _held;

    private StalledAuditTrail(LedgerDatabase database, NpgsqlConnection? holder, NpgsqlTransaction? held)
    {
        _database = database;
        _holder = holder;
        _held = held;
    }

    public static async Task<StalledAuditTrail> HoldAsync(LedgerDatabase database)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // Unpooled, so that closing it ends the session (the test then waits for every other session to end).
            var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
            await holder.OpenAsync();
            var held = await holder.BeginTransactionAsync();
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", holder, held);
            command.Parameters.AddWithValue("key", (long)LedgerLock.AuditTrail);
            await command.ExecuteNonQueryAsync();
            return new StalledAuditTrail(database, holder, held);
        }

        await using (var transaction = await database.BeginAsync())
        {
            await transaction.ExecuteAsync("CREATE TABLE stall (n INTEGER NOT NULL)");
            await transaction.ExecuteAsync(
                "WITH RECURSIVE counting(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counting WHERE n < @rows) INSERT INTO stall (n) SELECT n FROM counting",
                new { rows = StallRows });

            // A trigger's body may not use a common table expression, hence the table.
            await transaction.ExecuteAsync("""
                CREATE TRIGGER stall_import_audit BEFORE INSERT ON audit_entries
                WHEN NEW.action = 'actuals.imported'
                BEGIN SELECT COUNT(*) FROM stall AS a, stall AS b, stall AS c; END
                """);
            await transaction.CommitAsync();
        }

        return new StalledAuditTrail(database, null, null);
    }

    /// <summary>
    /// True once a writer is seen waiting (PostgreSQL), or at once (SQLite, where the stall is inside the server and
    /// cannot be seen from outside; the trigger makes it last far longer than any wait here).
    /// </summary>
    public async Task<bool> ReachedAsync(TimeSpan patience)
    {
        if (_holder is null)
        {
            return true;
        }

        var deadline = DateTime.UtcNow + patience;
        while (DateTime.UtcNow < deadline)
        {
            await using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND wait_event = 'advisory'",
                _holder);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    /// <summary>PostgreSQL: lets the held writer go on (a killed server's session then finds its client gone and rolls back).</summary>
    public async Task ReleaseAsync()
    {
        if (_held is not null)
        {
            await _held.RollbackAsync();
            await _held.DisposeAsync();
            _held = null;
        }

        if (_holder is not null)
        {
            await _holder.CloseAsync();
        }
    }

    /// <summary>Releases the lock, and takes the SQLite trigger and its table away so later imports run at full speed.</summary>
    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        if (_holder is not null)
        {
            await _holder.DisposeAsync();
            return;
        }

        await using var transaction = await _database.BeginAsync();
        await transaction.ExecuteAsync("DROP TRIGGER IF EXISTS stall_import_audit");
        await transaction.ExecuteAsync("DROP TABLE IF EXISTS stall");
        await transaction.CommitAsync();
    }
}
