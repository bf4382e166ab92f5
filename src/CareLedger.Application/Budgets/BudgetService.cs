using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;

namespace CareLedger.Application.Budgets;

/// <summary>Computes a contract's budget year by year and allocates it to providers by service line and element.</summary>
public sealed class BudgetService
{
    /// <summary>Every year, or only <paramref name="yearLabel"/> (e.g. <c>2016/17</c>), rejected if the term has no such year.</summary>
    public ServiceResult<BudgetReport> Compute(Contract contract, string? yearLabel = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (yearLabel is not null && !contract.Term.Calendar.TryParseYear(yearLabel, out _, out var error))
        {
            var years = string.Join(", ", contract.Term.Calendar.Years.Select(year => year.Label));
            return ServiceResult<BudgetReport>.Rejected(new RequestProblem("year", $"{error} Years of this contract: {years}."));
        }

        var plan = BudgetEngine.Build(contract);
        var allocations = AllocationEngine.Allocate(plan);
        var shown = plan.Years
            .Select((budget, index) => new BudgetReportYear(budget, allocations[index]))
            .Where(year => yearLabel is null || year.Budget.Year.Label == yearLabel)
            .ToArray();
        return ServiceResult<BudgetReport>.Success(new BudgetReport(plan, shown));
    }
}
