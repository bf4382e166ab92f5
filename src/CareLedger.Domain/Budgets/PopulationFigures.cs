namespace CareLedger.Domain.Budgets;

/// <summary>
/// Heads and cost per head for a year. Cost per head is the budget divided by heads, rounded to the penny for
/// display; it is never used to compute money.
/// </summary>
public sealed record PopulationFigures(int Heads, Money CostPerHead, decimal? WeightedHeads, Money? CostPerWeightedHead);
