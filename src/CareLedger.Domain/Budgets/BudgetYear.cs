using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// One contract year's budget, built step by step: the opening cells, each adjustment, any part-year pro-rating,
/// the top slices, and the whole-population budget that remains for allocation. Totals reconcile by construction:
/// opening + Σ step changes = gross budget; gross − top slices = whole-population budget = Σ cells.
/// </summary>
public sealed record BudgetYear(
    ContractYear Year,
    CellSnapshot Opening,
    IReadOnlyList<BudgetStep> Steps,
    IReadOnlyList<BudgetStep> TopSlices,
    CellSnapshot Cells,
    PopulationFigures? Population,
    IReadOnlyList<FundingContribution> Funding)
{
    public Currency Currency => Cells.Currency;

    public Money OpeningTotal => Opening.Total;

    /// <summary>In-scope budget after adjustments and pro-rating, before top slices: what the funders put in.</summary>
    public Money GrossBudget => Steps.Count > 0 ? Steps[^1].TotalAfter : OpeningTotal;

    public Money TopSliceTotal => Money.Sum(TopSlices.Select(step => step.Change.Negate()), Currency);

    /// <summary>What is left for providers after top slices.</summary>
    public Money WholePopulationBudget => Cells.Total;

    /// <summary>VAT that applies but is not funded: a pressure on providers, not part of the budget.</summary>
    public Money UnfundedPressure =>
        Money.Sum(Steps.Where(step => step.Kind == BudgetStepKind.UnfundedVat).Select(step => step.Moved), Currency);

    public Money OpeningFor(BudgetCellKey key) => Opening.AmountOf(key);

    public Money BudgetFor(BudgetCellKey key) => Cells.AmountOf(key);
}
