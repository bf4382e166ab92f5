namespace CareLedger.Data.Evidence;

/// <summary>An evidence document's record (its content is read separately, being large).</summary>
public sealed record EvidenceFile(
    string Id,
    string ContractId,
    string IndicatorId,
    string Period,
    string FileName,
    string MediaType,
    long Size,
    string Fingerprint,
    string? Note,
    string CreatedAt,
    string CreatedBy);
