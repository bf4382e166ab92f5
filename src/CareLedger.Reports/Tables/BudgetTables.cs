using CareLedger.Application.Documents;
using CareLedger.Reports.Model;

namespace CareLedger.Reports.Tables;

/// <summary>
/// The contract overview's budget tables for one year, from the same budget document the page shows: the steps from
/// baseline spend to the whole-population budget, each provider's contract value, and its split by element.
/// </summary>
public static class BudgetTables
{
    /// <summary>The baseline, each adjustment, the budget before top slices, each top slice, the whole-population budget.</summary>
    public static IReadOnlyList<ReportBar> StepBars(BudgetYearDocument year, out IReadOnlySet<int> totals)
    {
        ArgumentNullException.ThrowIfNull(year);
        List<ReportBar> bars = [new ReportBar("Baseline spend in scope", year.Opening), .. year.Steps.Select(step => new ReportBar(step.Name, step.Change))];
        var totalRows = new HashSet<int> { bars.Count };
        bars.Add(new ReportBar("Budget before top slices", year.BudgetBeforeTopSlices));
        bars.AddRange(year.TopSlices.Select(step => new ReportBar(step.Name, step.Change)));
        totalRows.Add(bars.Count);
        bars.Add(new ReportBar("Whole-population budget", year.WholePopulationBudget));
        totals = totalRows;
        return bars;
    }

    public static ReportTable Steps(BudgetYearDocument year)
    {
        var bars = StepBars(year, out var totals);
        return new ReportTable(
            "budget",
            $"From baseline to whole-population budget, {year.Year}",
            ["Step", "Amount"],
            [.. bars.Select((bar, index) => new ReportRow([ReportCell.Of(bar.Label), ReportCell.Of(bar.Amount)], totals.Contains(index)))]);
    }

    public static ReportChart StepsChart(BudgetYearDocument year) =>
        new($"From baseline to whole-population budget, {year.Year}", StepBars(year, out _));

    public static ReportTable ContractValues(BudgetYearDocument year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new ReportTable(
            "contract values",
            $"Contract value by provider, {year.Year}",
            ["Provider", "Amount"],
            [.. year.Allocation.Select(provider => new ReportRow([ReportCell.Of(provider.Name), ReportCell.Of(provider.ContractValue)]))]);
    }

    public static ReportChart ContractValuesChart(BudgetYearDocument year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new($"Contract value by provider, {year.Year}", [.. year.Allocation.Select(provider => new ReportBar(provider.Name, provider.ContractValue))]);
    }

    public static ReportTable Allocation(BudgetYearDocument year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new ReportTable(
            "allocation",
            $"Each provider's allocation by element, {year.Year}",
            ["Provider", "Element", "Amount"],
            [.. year.Allocation.SelectMany(provider => provider.Elements.Select(element => new ReportRow([ReportCell.Of(provider.Name), ReportCell.Of(element.Element), ReportCell.Of(element.Amount)])))]);
    }
}
