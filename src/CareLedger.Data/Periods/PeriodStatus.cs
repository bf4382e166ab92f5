namespace CareLedger.Data.Periods;

/// <summary>A period of a contract with its state and its latest settlement run, if any.</summary>
public sealed record PeriodStatus(string Period, PeriodState State, string? LatestRunId, long? LatestRunNumber, bool LatestRunProvisional, string? ClosedAt, string? ClosedBy, string? CloseReason);
