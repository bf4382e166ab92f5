namespace CareLedger.Domain.Budgets;

/// <summary>
/// Pro-rates a year the term only partly covers: the annual budget × covered months ÷ 12, rounded to the penny on
/// the total and spread over the cells in proportion. The next year still starts from the full annual figures.
/// </summary>
internal static class PartYearStep
{
    public static BudgetStep? Apply(BudgetYearContext context)
    {
        var year = context.Year;
        if (!year.IsPartial)
        {
            return null;
        }

        var cells = context.Cells;
        var basis = cells.Total;
        var exact = cells.ToMoney(basis).Amount * year.CoveredMonths / 12m;
        var change = cells.RoundToUnits(exact) - basis;
        var changes = cells.Spread(change, Enumerable.Range(0, cells.Count).ToArray());
        var name = $"Part year: {year.CoveredMonths} of 12 months";
        return cells.Step(BudgetStepKind.PartYear, name, "part-year", basis, null, exact, change, 0, changes, null);
    }
}
