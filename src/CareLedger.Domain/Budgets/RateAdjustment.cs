using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Budgets;

/// <summary>A percentage change to the cells in scope: inflation, efficiency, growth, population growth, demography, savings.</summary>
public sealed record RateAdjustment(
    string Name,
    AdjustmentKind Kind,
    Percentage Rate,
    YearSelector Years,
    CellScope Scope,
    SourceRef? Source = null)
    : BudgetAdjustment(Name, Years, Scope, Source)
{
    /// <summary>
    /// The change is rate × the total of the cells in scope, rounded once to the penny, then spread over those
    /// cells in proportion to their size, so the step's total is exactly the rounded figure.
    /// </summary>
    internal override BudgetStep Apply(BudgetYearContext context)
    {
        var cells = context.Cells;
        var indexes = cells.Select(Scope);
        var basis = cells.TotalOf(indexes);
        var exact = cells.ToMoney(basis).Amount * Rate.Fraction * Kind.Direction();
        var change = cells.RoundToUnits(exact);
        var changes = cells.Spread(change, indexes);
        return cells.Step(BudgetStepKind.Adjustment, Name, Kind.ToSpecName(), basis, Rate, exact, change, 0, changes, Source);
    }
}
