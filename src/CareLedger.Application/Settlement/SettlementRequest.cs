namespace CareLedger.Application.Settlement;

/// <summary>A contract, its actuals (one or more files, combined in order) and the period to settle, e.g. <c>2016/17-Q1</c>.</summary>
/// <param name="Provisional">Settle even when the actuals are incomplete for the period, marking the settlement provisional;
/// without it, a period whose actuals are incomplete is not settled and what is missing is returned as errors.</param>
public sealed record SettlementRequest(SourceText Contract, IReadOnlyList<SourceText> Actuals, string Period, bool Provisional = false);
