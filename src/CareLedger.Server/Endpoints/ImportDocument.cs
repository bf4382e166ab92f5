using CareLedger.Data.Imports;

namespace CareLedger.Server.Endpoints;

/// <summary>One imported file as the API shows it: what it was, how many rows it held, who gave it, and what it replaced or was replaced by.</summary>
public sealed record ImportDocument(
    string Id,
    long Number,
    string FileName,
    string Format,
    string Fingerprint,
    long Rows,
    string? Replaces,
    string? ReplacedBy,
    string CreatedAt,
    string CreatedBy,
    string File)
{
    public static ImportDocument Of(ActualsImport import, string? replacedBy = null)
    {
        ArgumentNullException.ThrowIfNull(import);
        return new(import.Id, import.Sequence, import.FileName, import.Format, import.Fingerprint, import.RowCount, import.Replaces, replacedBy, import.CreatedAt, import.CreatedBy,
            $"/api/v1/contracts/{import.ContractId}/imports/{import.Sequence}/file");
    }
}
