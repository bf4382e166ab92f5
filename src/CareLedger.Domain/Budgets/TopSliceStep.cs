using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// Takes a top slice off the cells it names, in proportion to their size. A fixed amount is an annual figure, so a
/// part year takes its share by months; a rate applies to the cells as they stand.
/// </summary>
internal static class TopSliceStep
{
    public static BudgetStep Apply(BudgetYearContext context, TopSlice slice)
    {
        var cells = context.Cells;
        var year = context.Year;
        var indexes = cells.Select(slice.Scope);
        var basis = cells.TotalOf(indexes);
        decimal exact;
        Percentage? rate = null;
        if (slice.Rate is { } rates)
        {
            rate = rates.For(year);
            exact = cells.ToMoney(basis).Amount * rate.Value.Fraction;
        }
        else
        {
            exact = slice.Amount!.For(year).Amount * year.CoveredMonths / 12m;
        }

        var taken = cells.RoundToUnits(exact);
        if (taken > basis)
        {
            context.Report($"Top slice '{slice.Id}' ({cells.ToMoney(taken)}) is more than the cells it is taken from hold ({cells.ToMoney(basis)}).", slice.Source, BudgetIssueKind.TakesMoreThanHeld, slice);
        }

        var changes = cells.Spread(-taken, indexes);
        return cells.Step(BudgetStepKind.TopSlice, slice.Name, "top-slice", basis, rate, exact, -taken, 0, changes, slice.Source);
    }
}
