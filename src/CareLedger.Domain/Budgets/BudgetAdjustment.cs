using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// One change applied to the budget in the years it selects. Adjustments apply in the order the contract lists
/// them, each to the cells in its scope, and each is a visible step in the budget.
/// </summary>
public abstract record BudgetAdjustment(string Name, YearSelector Years, CellScope Scope, SourceRef? Source)
{
    /// <summary>Applies the adjustment to the year's cells and describes what it did.</summary>
    internal abstract BudgetStep Apply(BudgetYearContext context);
}
