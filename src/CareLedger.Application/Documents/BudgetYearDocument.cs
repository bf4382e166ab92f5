using CareLedger.Application.Budgets;
using CareLedger.Domain;

namespace CareLedger.Application.Documents;

/// <summary>
/// One contract year: the opening cells, each adjustment, the top slices, the whole-population budget by cell, the
/// population and cost per head, who funds it, and its allocation to providers and fees paid on top.
/// </summary>
public sealed record BudgetYearDocument(
    string Year,
    int Months,
    Money Opening,
    ValueList<CellAmountDocument> OpeningCells,
    ValueList<BudgetStepDocument> Steps,
    Money BudgetBeforeTopSlices,
    ValueList<BudgetStepDocument> TopSlices,
    Money WholePopulationBudget,
    Money UnfundedPressure,
    ValueList<CellAmountDocument> Cells,
    PopulationDocument? Population,
    ValueList<FundingDocument> Funding,
    ValueList<ProviderAllocationDocument> Allocation,
    ValueList<OnTopFeeDocument> OnTopFees)
{
    public static BudgetYearDocument Of(BudgetReportYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var budget = year.Budget;
        return new(
            budget.Year.Label,
            budget.Year.CoveredMonths,
            budget.OpeningTotal,
            budget.Opening.Select(cell => CellAmountDocument.Of(cell.Key, cell.Amount)).ToValueList(),
            budget.Steps.Select(BudgetStepDocument.Of).ToValueList(),
            budget.GrossBudget,
            budget.TopSlices.Select(BudgetStepDocument.Of).ToValueList(),
            budget.WholePopulationBudget,
            budget.UnfundedPressure,
            budget.Cells.Select(cell => CellAmountDocument.Of(cell.Key, cell.Amount)).ToValueList(),
            budget.Population is { } population
                ? new PopulationDocument(population.Heads, population.CostPerHead, population.WeightedHeads, population.CostPerWeightedHead)
                : null,
            budget.Funding.Select(funding => new FundingDocument(funding.Funder, funding.Share, funding.Amount)).ToValueList(),
            year.Allocation.Providers.Select(ProviderAllocationDocument.Of).ToValueList(),
            year.Allocation.OnTopFees.Select(fee => new OnTopFeeDocument(fee.Payee, fee.Fee.Amount, fee.FundedBy, fee.Fee.Formula)).ToValueList());
    }
}
