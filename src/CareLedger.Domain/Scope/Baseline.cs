namespace CareLedger.Domain.Scope;

/// <summary>
/// Commissioner spend in the base year, by service line and provider. The first contract year's budget is this
/// spend with that year's adjustments applied; each later year starts from the year before.
/// </summary>
/// <param name="BaseYear">A label for the year the spend was measured in, e.g. "2015/16 outturn"; descriptive only.</param>
public sealed record Baseline(string? BaseYear, IReadOnlyList<BaselineCell> Cells);
