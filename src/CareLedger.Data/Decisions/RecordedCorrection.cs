namespace CareLedger.Data.Decisions;

/// <summary>A correction as stored: <see cref="FromParty"/> pays <see cref="ToParty"/> in <see cref="Period"/>, in pence.</summary>
public sealed record RecordedCorrection(string Id, string ContractId, long Sequence, string Period, string FromParty, string ToParty, long AmountMinor, string Reason, string? Corrects, string CreatedAt, string CreatedBy);
