namespace CareLedger.Application.Settlement;

/// <summary>A contract, its actuals (one or more files, combined in order) and the period to settle, e.g. <c>2016/17-Q1</c>.</summary>
public sealed record SettlementRequest(SourceText Contract, IReadOnlyList<SourceText> Actuals, string Period);
