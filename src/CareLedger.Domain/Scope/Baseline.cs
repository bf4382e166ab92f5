using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Scope;

/// <summary>
/// Commissioner spend in the base year, by service line and provider. The first contract year's budget is this
/// spend with that year's adjustments applied; each later year starts from the year before.
/// </summary>
/// <param name="BaseYear">The year the spend was measured in: the first contract year or one before it; null when the contract does not say.</param>
/// <param name="Description">What the spend is, in the contract's words, e.g. "outturn" or "shadow budget"; descriptive only.</param>
public sealed record Baseline(FinancialYear? BaseYear, IReadOnlyList<BaselineCell> Cells, string? Description = null);
