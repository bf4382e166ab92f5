namespace CareLedger.Data.Periods;

/// <summary>One recorded change of a period's state (a row of <c>period_events</c>).</summary>
public sealed record PeriodEvent(string ContractId, string Period, long Sequence, string State, string? RunId, string? Reason, string At, string ByActor);
