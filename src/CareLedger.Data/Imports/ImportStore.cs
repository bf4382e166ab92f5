using System.Runtime.InteropServices;
using CareLedger.Data.Storage;

namespace CareLedger.Data.Imports;

/// <summary>
/// The queries on <c>actuals_imports</c>, all parameterised. An import is in force until a later import replaces it;
/// rows are only ever inserted (the database refuses updates and deletes).
/// </summary>
internal static class ImportStore
{
    private const string Columns =
        "id AS Id, contract_id AS ContractId, sequence AS Sequence, file_name AS FileName, format AS Format, fingerprint AS Fingerprint, "
        + "replaces AS Replaces, row_count AS RowCount, created_at AS CreatedAt, created_by AS CreatedBy";

    /// <summary>The contract's imports in force, oldest first.</summary>
    public static Task<IReadOnlyList<ActualsImport>> CurrentAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken) =>
        ManyAsync(transaction, 
            $"SELECT {Columns} FROM actuals_imports i WHERE contract_id = @contractId "
            + "AND NOT EXISTS (SELECT 1 FROM actuals_imports r WHERE r.replaces = i.id) ORDER BY sequence",
            new { contractId },
            cancellationToken);

    /// <summary>Every import of the contract, replaced or not, oldest first.</summary>
    public static Task<IReadOnlyList<ActualsImport>> AllAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken) =>
        ManyAsync(transaction, $"SELECT {Columns} FROM actuals_imports WHERE contract_id = @contractId ORDER BY sequence", new { contractId }, cancellationToken);

    public static Task<ActualsImport?> WithFingerprintAsync(LedgerTransaction transaction, string contractId, string fingerprint, CancellationToken cancellationToken) =>
        OneAsync(
            transaction,
            $"SELECT {Columns} FROM actuals_imports WHERE contract_id = @contractId AND fingerprint = @fingerprint", new { contractId, fingerprint }, cancellationToken);

    public static Task<ActualsImport?> WithIdAsync(LedgerTransaction transaction, string id, CancellationToken cancellationToken) =>
        OneAsync(transaction, $"SELECT {Columns} FROM actuals_imports WHERE id = @id", new { id }, cancellationToken);

    /// <summary>The import that replaced <paramref name="id"/>, or null while it is in force.</summary>
    public static Task<ActualsImport?> ReplacementOfAsync(LedgerTransaction transaction, string id, CancellationToken cancellationToken) =>
        OneAsync(transaction, $"SELECT {Columns} FROM actuals_imports WHERE replaces = @id ORDER BY sequence LIMIT 1", new { id }, cancellationToken);

    public static async Task<long> NextSequenceAsync(LedgerTransaction transaction, string contractId, CancellationToken cancellationToken) =>
        await transaction.QuerySingleOrDefaultAsync<long>(
            "SELECT CAST(COALESCE(MAX(sequence), 0) AS BIGINT) FROM actuals_imports WHERE contract_id = @contractId", new { contractId }, cancellationToken).ConfigureAwait(false) + 1;

    /// <summary>The file's bytes exactly as imported.</summary>
    public static async Task<byte[]> ContentAsync(LedgerTransaction transaction, string id, CancellationToken cancellationToken) =>
        await transaction.QuerySingleOrDefaultAsync<byte[]>("SELECT content FROM actuals_imports WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"Import {id} has no content.");

    public static Task InsertAsync(LedgerTransaction transaction, ActualsImport record, ReadOnlyMemory<byte> content, string text, CancellationToken cancellationToken) =>
        transaction.Provider == DatabaseProvider.Sqlite
            ? SqliteFileWriter.InsertAsync(transaction, record, content, text, cancellationToken)
            : transaction.ExecuteAsync(
            "INSERT INTO actuals_imports (id, contract_id, sequence, file_name, format, content, text, fingerprint, replaces, row_count, created_at, created_by) "
            + "VALUES (@Id, @ContractId, @Sequence, @FileName, @Format, @Content, @Text, @Fingerprint, @Replaces, @RowCount, @CreatedAt, @CreatedBy)",
            new
            {
                record.Id,
                record.ContractId,
                record.Sequence,
                record.FileName,
                record.Format,
                Content = WholeArray(content),
                Text = text,
                record.Fingerprint,
                record.Replaces,
                record.RowCount,
                record.CreatedAt,
                record.CreatedBy,
            },
            cancellationToken);

    // The file's bytes as the array that already holds them when it can: a large file is not copied again to be stored.
    private static byte[] WholeArray(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : content.ToArray();

    private static async Task<IReadOnlyList<ActualsImport>> ManyAsync(LedgerTransaction transaction, string sql, object parameters, CancellationToken cancellationToken) =>
        [.. (await transaction.QueryAsync<ImportRow>(sql, parameters, cancellationToken).ConfigureAwait(false)).Select(row => row.ToImport())];

    private static async Task<ActualsImport?> OneAsync(LedgerTransaction transaction, string sql, object parameters, CancellationToken cancellationToken) =>
        (await transaction.QuerySingleOrDefaultAsync<ImportRow>(sql, parameters, cancellationToken).ConfigureAwait(false))?.ToImport();

    // Read into settable properties: the two databases report integer columns as different CLR types, which Dapper
    // converts for properties but not for a record's constructor.
    private sealed class ImportRow
    {
        public string Id { get; set; } = string.Empty;

        public string ContractId { get; set; } = string.Empty;

        public long Sequence { get; set; }

        public string FileName { get; set; } = string.Empty;

        public string Format { get; set; } = string.Empty;

        public string Fingerprint { get; set; } = string.Empty;

        public string? Replaces { get; set; }

        public long RowCount { get; set; }

        public string CreatedAt { get; set; } = string.Empty;

        public string CreatedBy { get; set; } = string.Empty;

        public ActualsImport ToImport() => new(Id, ContractId, Sequence, FileName, Format, Fingerprint, Replaces, RowCount, CreatedAt, CreatedBy);
    }
}
