using CareLedger.Data.Storage;

namespace CareLedger.Data.Accounts;

/// <summary>
/// The XML key ring that protects sign-in cookies, kept in the database so every server reads and writes one ring.
/// Keys are added, never changed; a key is retired by a newer one, as ASP.NET Core's key manager decides.
/// </summary>
public sealed class DataProtectionKeys(LedgerDatabase database, TimeProvider clock)
{
    public IReadOnlyList<string> All() =>
        LedgerReads.QueryAsync<string>(database, "SELECT xml FROM data_protection_keys ORDER BY created_at, name", null, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Stores a key; a key already stored under the name (written by another server) is kept as it is.</summary>
    public void Store(string name, string xml)
    {
        StoreAsync(name, xml).GetAwaiter().GetResult();
    }

    private async Task StoreAsync(string name, string xml)
    {
        await using var transaction = await database.BeginAsync().ConfigureAwait(false);
        await transaction.ExecuteAsync(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING",
            new { name, xml, at = LedgerTime.Format(clock.GetUtcNow()) }).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }
}
