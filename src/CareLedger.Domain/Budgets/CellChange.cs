namespace CareLedger.Domain.Budgets;

/// <summary>How much one step changed one cell.</summary>
public sealed record CellChange(BudgetCellKey Key, Money Change);
