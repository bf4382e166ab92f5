using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// The budget for every contract year, plus the baseline spend left out of scope (shown, never budgeted) and any
/// problems found while computing.
/// </summary>
public sealed record BudgetPlan(
    Contract Contract,
    IReadOnlyList<BudgetCell> OutOfScopeBaseline,
    IReadOnlyList<BudgetYear> Years,
    IReadOnlyList<BudgetIssue> Issues)
{
    public BudgetYear Year(string label) =>
        Years.FirstOrDefault(year => year.Year.Label == label)
        ?? throw new KeyNotFoundException($"No contract year '{label}'.");

    public Money TermTotal => Money.Sum(Years.Select(year => year.WholePopulationBudget), Contract.Currency);
}
