namespace CareLedger.Data.Evidence;

/// <summary>A document offered as evidence for an indicator's result in a period.</summary>
public sealed record EvidenceUpload(string IndicatorId, string Period, string FileName, byte[] Content, string? Note = null);
