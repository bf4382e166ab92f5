using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Budgets;

/// <summary>What a budget step works on: the year's cells, the year, and where to report problems.</summary>
internal sealed class BudgetYearContext(CellLedger cells, ContractYear year, List<BudgetIssue> issues)
{
    public CellLedger Cells { get; } = cells;

    public ContractYear Year { get; } = year;

    /// <summary>How many problems have been reported so far, in every year.</summary>
    public int IssueCount => issues.Count;

    public void Report(string message, SourceRef? source, BudgetIssueKind kind, object cause) =>
        issues.Add(new BudgetIssue(Year, message, source, kind, cause));
}
