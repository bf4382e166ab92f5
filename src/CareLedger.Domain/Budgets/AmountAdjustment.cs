using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// A cash change to the cells in scope, such as a £2m QIPP saving or an agreed investment; spread over the cells
/// in proportion to their size.
/// </summary>
public sealed record AmountAdjustment(
    string Name,
    AdjustmentKind Kind,
    Money Amount,
    YearSelector Years,
    CellScope Scope,
    SourceRef? Source = null)
    : BudgetAdjustment(Name, Years, Scope, Source)
{
    internal override BudgetStep Apply(BudgetYearContext context)
    {
        var cells = context.Cells;
        var indexes = cells.Select(Scope);
        var basis = cells.TotalOf(indexes);
        var change = Amount.ToMinorUnits() * Kind.Direction();
        if (basis + change < 0)
        {
            context.Report($"{Name} takes {cells.ToMoney(-change)} from cells holding only {cells.ToMoney(basis)}.", Source, BudgetIssueKind.TakesMoreThanHeld, this);
        }

        var changes = cells.Spread(change, indexes);
        return cells.Step(BudgetStepKind.Adjustment, Name, Kind.ToSpecName(), basis, null, null, change, 0, changes, Source);
    }
}
