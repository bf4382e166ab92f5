namespace CareLedger.Data.Imports;

/// <summary>
/// One imported file as the ledger records it. Never changed once written: a correction is a later import that
/// <see cref="Replaces"/> it. <see cref="Fingerprint"/> is the SHA-256 of the file's bytes, by which the same file
/// imported again is recognised.
/// </summary>
/// <param name="Id">The contract's id and the import's number: <c>mid-notts-better-together#3</c>.</param>
/// <param name="Sequence">1, 2, 3 … per contract, in the order imported.</param>
/// <param name="Format"><c>yaml</c>, <c>csv</c> or <c>xlsx</c>.</param>
/// <param name="RowCount">The rows of actuals the file holds, every section together.</param>
/// <param name="CreatedAt">When, as <see cref="Storage.LedgerTime"/> writes it.</param>
public sealed record ActualsImport(
    string Id,
    string ContractId,
    long Sequence,
    string FileName,
    string Format,
    string Fingerprint,
    string? Replaces,
    long RowCount,
    string CreatedAt,
    string CreatedBy)
{
    /// <summary>The id of a contract's import number <paramref name="sequence"/>.</summary>
    public static string IdFor(string contractId, long sequence) =>
        contractId + "#" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
