using CareLedger.Domain.Budgets;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>A year's budget as it reaches each provider, plus fees paid on top. Provider contract values add to the whole-population budget.</summary>
public sealed record YearAllocation(
    ContractYear Year,
    IReadOnlyList<ProviderAllocation> Providers,
    IReadOnlyList<OnTopFee> OnTopFees,
    IReadOnlyList<BudgetIssue> Issues)
{
    public Money Total(Currency currency) => Money.Sum(Providers.Select(provider => provider.ContractValue), currency);
}
