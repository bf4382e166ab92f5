using CareLedger.Application.Documents;
using CareLedger.Data.Settlements;
using CareLedger.Domain.Contracts;

namespace CareLedger.Reports.Documents;

/// <summary>
/// A stored settlement run with what a report needs around it: its settlement document exactly as stored (the page's
/// figures) and the contract version it was settled from, opened.
/// </summary>
public sealed record SettledRun(SettlementRun Run, SettlementDocument Settlement, Contract Contract)
{
    /// <summary>The financial year of the run's period: <c>2016/17</c> for <c>2016/17-Q1</c>.</summary>
    public string Year => Settlement.Period.Split('-')[0];

    public string RunLine => $"Run {Run.RunNumber}, settled {Run.CreatedAt[..Math.Min(10, Run.CreatedAt.Length)]} by {Run.CreatedBy}";
}
