using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// A planned move of spend between service lines or providers (acute → community). Money leaves the cells in
/// <see cref="BudgetAdjustment.Scope"/> in proportion to their size and arrives in one target cell; the budget
/// total does not change.
/// </summary>
/// <param name="Moved">How much moves: a fixed amount, or a rate of the source cells.</param>
public sealed record ShiftAdjustment(
    string Name,
    AmountOrRate Moved,
    Id<ServiceLine> ToServiceLine,
    Id<Party> ToProvider,
    YearSelector Years,
    CellScope Scope,
    SourceRef? Source = null)
    : BudgetAdjustment(Name, Years, Scope, Source)
{
    /// <summary>
    /// Takes the amount (or rate × the source cells, rounded to the penny) from the source cells in proportion to
    /// their size and adds it to the target cell. The target never counts as a source.
    /// </summary>
    internal override BudgetStep Apply(BudgetYearContext context)
    {
        var cells = context.Cells;
        var target = cells.IndexOf(new BudgetCellKey(ToServiceLine, ToProvider));
        var sources = cells.Select(Scope).Where(index => index != target).ToArray();
        var basis = cells.TotalOf(sources);
        decimal? exact = null;
        var moved = Moved.Match(
            amount => amount.ToMinorUnits(),
            rate =>
            {
                exact = cells.ToMoney(basis).Amount * rate.Fraction;
                return cells.RoundToUnits(exact.Value);
            });
        if (sources.Length == 0)
        {
            // Nothing to take from: moving money anyway would create it out of nothing.
            context.Report($"{Name} has no source cells in this year, so nothing was moved.", Source, BudgetIssueKind.NothingToTakeFrom, this);
            moved = 0;
        }
        else if (moved > basis)
        {
            context.Report($"{Name} moves {cells.ToMoney(moved)} but its source cells hold only {cells.ToMoney(basis)}.", Source, BudgetIssueKind.TakesMoreThanHeld, this);
        }

        var changes = cells.Spread(-moved, sources);
        changes[target] += moved;
        cells.AddTo(target, moved);
        return cells.Step(BudgetStepKind.Shift, Name, "shift", basis, Moved.Rate, exact, 0, moved, changes, Source);
    }
}
