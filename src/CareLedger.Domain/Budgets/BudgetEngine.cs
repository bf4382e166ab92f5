using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// Builds the budget for every contract year from the baseline and the adjustments (see docs/contract-spec.md,
/// "How the budget is computed"). Pure and free of I/O, so simulations can call it in a loop.
/// </summary>
public static class BudgetEngine
{
    public static BudgetPlan Build(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var inScope = contract.ServiceLines.Where(line => line.InScope).Select(line => line.Id).ToHashSet();
        var baselineCells = contract.Baseline.Cells
            .Where(cell => inScope.Contains(cell.ServiceLine))
            .Select(cell => (new BudgetCellKey(cell.ServiceLine, cell.Provider), cell.Amount.ToMinorUnits()));
        var outOfScope = contract.Baseline.Cells
            .Where(cell => !inScope.Contains(cell.ServiceLine))
            .Select(cell => new BudgetCell(new BudgetCellKey(cell.ServiceLine, cell.Provider), cell.Amount))
            .ToArray();

        var issues = new List<BudgetIssue>();
        var carried = new CellLedger(contract.Currency, contract.Rounding, baselineCells);
        var years = new List<BudgetYear>();
        foreach (var year in contract.Term.Calendar.Years)
        {
            var cells = carried;
            var context = new BudgetYearContext(cells, year, issues);
            var opening = cells.Snapshot();
            var steps = new List<BudgetStep>();
            foreach (var adjustment in contract.Adjustments)
            {
                if (adjustment.Years.Includes(year))
                {
                    steps.Add(adjustment.Apply(context));
                }
            }

            // The next year grows from this year's full annual figures, before pro-rating and top slices.
            carried = cells.Clone();
            if (PartYearStep.Apply(context) is { } partYear)
            {
                steps.Add(partYear);
            }

            var gross = cells.ToMoney(cells.Total);
            var topSlices = contract.TopSlices.Select(slice => TopSliceStep.Apply(context, slice)).ToArray();
            var budget = cells.ToMoney(cells.Total);
            years.Add(new BudgetYear(
                year,
                opening,
                steps,
                topSlices,
                cells.Snapshot(),
                PopulationFor(contract, year, budget),
                FundingFor(contract, gross)));
        }

        return new BudgetPlan(contract, outOfScope, years, issues);
    }

    private static PopulationFigures? PopulationFor(Contract contract, ContractYear year, Money budget)
    {
        if (contract.Population is not { } population)
        {
            return null;
        }

        var heads = population.ProjectedSize(year);
        if (heads <= 0)
        {
            return null;
        }

        var perHead = new Money(budget.Amount / heads, budget.Currency).Round(contract.Rounding);
        var weighted = population.ProjectedWeightedSize(year);
        Money? perWeightedHead = weighted is > 0m ? new Money(budget.Amount / weighted.Value, budget.Currency).Round(contract.Rounding) : null;
        return new PopulationFigures(heads, perHead, weighted, perWeightedHead);
    }

    private static FundingContribution[] FundingFor(Contract contract, Money gross)
    {
        var shares = contract.Funding.Shares;
        if (shares.Count == 0 || shares.All(share => share.Share.IsZero) || shares.Any(share => share.Share.IsNegative))
        {
            return [];
        }

        var amounts = Apportionment.ByShares(gross, shares.Select(share => share.Share).ToArray());
        return shares.Select((share, i) => new FundingContribution(share.Funder, share.Share, amounts[i])).ToArray();
    }
}
