using CareLedger.Domain;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;

namespace CareLedger.Cli.Output.Budget;

/// <summary>What the budget command prints: the plan and its allocation, for all years or the one asked for.</summary>
internal sealed record BudgetReport(BudgetPlan Plan, IReadOnlyList<(BudgetYear Budget, YearAllocation Allocation)> Years)
{
    public Contract Contract => Plan.Contract;

    public static BudgetReport Of(Contract contract, string? yearLabel)
    {
        var plan = BudgetEngine.Build(contract);
        var allocations = AllocationEngine.Allocate(plan);
        var years = plan.Years
            .Select((budget, index) => (budget, allocations[index]))
            .Where(pair => yearLabel is null || pair.budget.Year.Label == yearLabel)
            .ToArray();
        return new BudgetReport(plan, years);
    }

    public string NameOf(Id<Domain.Parties.Party> party) => Contract.Parties.FirstOrDefault(candidate => candidate.Id == party)?.Name ?? party.Value;

    public string NameOf(Id<Domain.Scope.ServiceLine> line) => Contract.ServiceLines.FirstOrDefault(candidate => candidate.Id == line)?.Name ?? line.Value;
}
