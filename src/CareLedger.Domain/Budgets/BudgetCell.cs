namespace CareLedger.Domain.Budgets;

/// <summary>The money in one budget cell at some point of the build.</summary>
public sealed record BudgetCell(BudgetCellKey Key, Money Amount);
