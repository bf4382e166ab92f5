using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Application.Budgets;

/// <summary>A contract's budget plan and its allocation, for every year or the one asked for.</summary>
public sealed record BudgetReport(BudgetPlan Plan, IReadOnlyList<BudgetReportYear> Years)
{
    public Contract Contract => Plan.Contract;

    /// <summary>Every problem found while computing the plan and the shown years' allocations.</summary>
    public IEnumerable<BudgetIssue> Issues => Plan.Issues.Concat(Years.SelectMany(year => year.Allocation.Issues));

    public string NameOf(Id<Party> party) => Contract.Parties.FirstOrDefault(candidate => candidate.Id == party)?.Name ?? party.Value;

    public string NameOf(Id<ServiceLine> line) => Contract.ServiceLines.FirstOrDefault(candidate => candidate.Id == line)?.Name ?? line.Value;
}
