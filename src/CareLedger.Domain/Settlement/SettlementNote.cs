namespace CareLedger.Domain.Settlement;

/// <summary>Something a reader of the statements must know: a suspension, a missing result, a framework loaded as published.</summary>
public sealed record SettlementNote(string Message, SourceRef? Source);
