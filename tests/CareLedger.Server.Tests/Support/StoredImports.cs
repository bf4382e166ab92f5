using System.Text;
using CareLedger.Data;
using CareLedger.Data.Storage;

namespace CareLedger.Server.Tests.Support;

/// <summary>Stores actuals as an import row directly, as the import service does once its checks pass, for tests of what comes after.</summary>
public static class StoredImports
{
    public static async Task AddAsync(LedgerDatabase database, string contractId, string fileName, string text)
    {
        await using var transaction = await database.BeginAsync();
        var sequence = await transaction.QuerySingleOrDefaultAsync<long>("SELECT COALESCE(MAX(sequence), 0) + 1 FROM actuals_imports WHERE contract_id = @contractId", new { contractId });
        await transaction.ExecuteAsync(
            "INSERT INTO actuals_imports (id, contract_id, sequence, file_name, format, content, text, fingerprint, replaces, row_count, created_at, created_by) "
            + "VALUES (@id, @contractId, @sequence, @fileName, 'yaml', @content, @text, @fingerprint, NULL, 0, @at, 'test')",
            new { id = Guid.NewGuid().ToString("N"), contractId, sequence, fileName, content = Encoding.UTF8.GetBytes(text), text, fingerprint = Fingerprint.Of(text), at = LedgerTime.Format(DateTimeOffset.UtcNow) });
        await transaction.CommitAsync();
    }
}
