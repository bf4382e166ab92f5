using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// Builds the budget for every contract year from the baseline and the adjustments (see docs/contract-spec.md,
/// "How the budget is computed"). Pure and free of I/O, so simulations can call it in a loop.
/// </summary>
/// <remarks>
/// Never throws on a contract's figures: every step is applied whole or not at all. A step that would take any cell
/// or the total beyond <see cref="LargestBudget"/> (or overflow on the way) is left out of its year and reported as
/// <see cref="BudgetIssueKind.TooLarge"/>; one that leaves a cell below zero is reported as
/// <see cref="BudgetIssueKind.TakesMoreThanHeld"/>. Every year is always built, so what follows (allocation,
/// settlement) can rely on amounts within the bound and on a budget for every year.
/// </remarks>
public static class BudgetEngine
{
    /// <summary>
    /// The most a budget may hold, in the contract's currency units: one trillion, ten times the largest amount a
    /// contract may state, and far beyond any contract of this kind (the largest seed is about £1.2bn over ten years).
    /// Within it, every later calculation (shares, instalments, settlement) has ample room in exact arithmetic.
    /// </summary>
    public const decimal LargestBudget = 1_000_000_000_000m;

    public static BudgetPlan Build(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var issues = new List<BudgetIssue>();
        var largest = (long)(LargestBudget * contract.Currency.MinorUnitScale);
        var carried = new CellLedger(contract.Currency, contract.Rounding, Baseline(contract, largest, issues));
        var outOfScope = contract.Baseline.Cells
            .Where(cell => !InScope(contract).Contains(cell.ServiceLine))
            .Select(cell => new BudgetCell(new BudgetCellKey(cell.ServiceLine, cell.Provider), cell.Amount))
            .ToArray();

        var years = new List<BudgetYear>();
        foreach (var year in contract.Term.Calendar.Years)
        {
            var cells = carried;
            var context = new BudgetYearContext(cells, year, issues);
            var opening = cells.Snapshot();
            var steps = new List<BudgetStep>();
            foreach (var adjustment in contract.Adjustments)
            {
                if (adjustment.Years.Includes(year) && Apply(context, largest, adjustment, adjustment.Name, adjustment.Source, () => adjustment.Apply(context)) is { } step)
                {
                    steps.Add(step);
                }
            }

            // The next year grows from this year's full annual figures, before pro-rating and top slices.
            carried = cells.Clone();
            if (Apply(context, largest, contract.Term, "Part year", null, () => PartYearStep.Apply(context)) is { } partYear)
            {
                steps.Add(partYear);
            }

            var gross = cells.ToMoney(cells.Total);
            var topSlices = contract.TopSlices
                .Select(slice => Apply(context, largest, slice, slice.Name, slice.Source, () => TopSliceStep.Apply(context, slice)))
                .OfType<BudgetStep>()
                .ToArray();
            var budget = cells.ToMoney(cells.Total);
            years.Add(new BudgetYear(
                year,
                opening,
                steps,
                topSlices,
                cells.Snapshot(),
                PopulationFor(contract, year, budget, issues),
                FundingFor(contract, gross)));
        }

        return new BudgetPlan(contract, outOfScope, years, issues);
    }

    private static HashSet<Id<ServiceLine>> InScope(Contract contract) =>
        contract.ServiceLines.Where(line => line.InScope).Select(line => line.Id).ToHashSet();

    // The in-scope baseline cells in minor units. A cell, or a baseline, beyond the largest budget is reported and
    // left out: it could not be computed with exactly.
    private static List<(BudgetCellKey, long)> Baseline(Contract contract, long largest, List<BudgetIssue> issues)
    {
        var inScope = InScope(contract);
        var first = contract.Term.Calendar.Years[0];
        var cells = new List<(BudgetCellKey, long)>();
        decimal total = 0m;
        foreach (var cell in contract.Baseline.Cells.Where(cell => inScope.Contains(cell.ServiceLine)))
        {
            if (Math.Abs(cell.Amount.Amount) > LargestBudget)
            {
                issues.Add(TooLarge(first, $"The baseline cell for {cell.ServiceLine} and {cell.Provider} ({cell.Amount})", cell.Source, cell));
                continue;
            }

            total += cell.Amount.Amount;
            cells.Add((new BudgetCellKey(cell.ServiceLine, cell.Provider), cell.Amount.ToMinorUnits()));
        }

        if (Math.Abs(total) * contract.Currency.MinorUnitScale > largest)
        {
            issues.Add(TooLarge(first, $"The baseline ({new Money(total, contract.Currency)})", null, contract.Baseline));
            return [];
        }

        return cells;
    }

    /// <summary>
    /// Applies one step whole or not at all: a step that overflows, or leaves a cell or the total beyond the largest
    /// budget, is undone and reported; one that leaves a cell below zero without saying so is reported too.
    /// </summary>
    private static BudgetStep? Apply(BudgetYearContext context, long largest, object cause, string name, SourceRef? source, Func<BudgetStep?> step)
    {
        var cells = context.Cells;
        var before = cells.Save();
        var reported = context.IssueCount;
        try
        {
            var applied = step();
            if (!cells.IsWithin(largest))
            {
                throw new OverflowException();
            }

            if (context.IssueCount == reported && cells.TurnedNegative(before))
            {
                context.Report($"{name} leaves a cell of the budget below zero.", source, BudgetIssueKind.TakesMoreThanHeld, cause);
            }

            return applied;
        }
        catch (OverflowException)
        {
            cells.Restore(before);
            context.Report(TooLarge(context.Year, name, source, cause).Message, source, BudgetIssueKind.TooLarge, cause);
            return null;
        }
    }

    private static BudgetIssue TooLarge(ContractYear year, string what, SourceRef? source, object cause) =>
        new(year, $"{what} would take the budget beyond {LargestBudget:#,0} in the contract's currency, more than CareLedger computes with; it is left out of the budget.", source, BudgetIssueKind.TooLarge, cause);

    private static PopulationFigures? PopulationFor(Contract contract, ContractYear year, Money budget, List<BudgetIssue> issues)
    {
        if (contract.Population is not { } population)
        {
            return null;
        }

        int heads;
        try
        {
            heads = population.ProjectedSize(year);
        }
        catch (OverflowException)
        {
            // A growth projection compounded over many years can outgrow any count of people.
            issues.Add(new BudgetIssue(year, $"The population projected for {year.Label} is more people than can be counted; there is no cost per head.", null, BudgetIssueKind.TooLarge, population));
            return null;
        }

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
