using System.Buffers;
using System.Text;
using CareLedger.Data.Storage;
using Microsoft.Data.Sqlite;

namespace CareLedger.Data.Imports;

/// <summary>
/// Writes an import's row on SQLite with its file's bytes and text streamed in pieces: the row is inserted with room
/// for both (<c>zeroblob</c>, the text cast to TEXT so its column holds text) and they are then written through
/// SQLite's incremental blob I/O. Bound as parameters, a large file was copied whole into the statement and again
/// into the row's record, four copies of a 38 MiB file at once; the values stored are the same either way (the
/// bytes exactly, the text as UTF-8, the database's encoding).
/// </summary>
internal static class SqliteFileWriter
{
    private const int Piece = 1 << 16;

    public static async Task InsertAsync(LedgerTransaction transaction, ActualsImport record, ReadOnlyMemory<byte> content, string text, CancellationToken cancellationToken)
    {
        var textBytes = Encoding.UTF8.GetByteCount(text);
        await transaction.ExecuteAsync(
            "INSERT INTO actuals_imports (id, contract_id, sequence, file_name, format, content, text, fingerprint, replaces, row_count, created_at, created_by) "
            + "VALUES (@Id, @ContractId, @Sequence, @FileName, @Format, zeroblob(@ContentBytes), CAST(zeroblob(@TextBytes) AS TEXT), @Fingerprint, @Replaces, @RowCount, @CreatedAt, @CreatedBy)",
            new
            {
                record.Id,
                record.ContractId,
                record.Sequence,
                record.FileName,
                record.Format,
                ContentBytes = content.Length,
                TextBytes = textBytes,
                record.Fingerprint,
                record.Replaces,
                record.RowCount,
                record.CreatedAt,
                record.CreatedBy,
            },
            cancellationToken).ConfigureAwait(false);
        var rowid = await transaction.QuerySingleOrDefaultAsync<long>("SELECT rowid FROM actuals_imports WHERE id = @Id", new { record.Id }, cancellationToken).ConfigureAwait(false);
        var connection = (SqliteConnection)transaction.Connection;
        if (content.Length > 0)
        {
            using var blob = new SqliteBlob(connection, "actuals_imports", "content", rowid);
            blob.Write(content.Span);
        }

        if (textBytes > 0)
        {
            using var blob = new SqliteBlob(connection, "actuals_imports", "text", rowid);
            WriteUtf8(text, blob);
        }
    }

    private static void WriteUtf8(string text, Stream into)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Piece));
        try
        {
            for (var start = 0; start < text.Length; start += Piece)
            {
                var chars = text.AsSpan(start, Math.Min(Piece, text.Length - start));
                var written = encoder.GetBytes(chars, buffer, flush: start + chars.Length == text.Length);
                into.Write(buffer, 0, written);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
