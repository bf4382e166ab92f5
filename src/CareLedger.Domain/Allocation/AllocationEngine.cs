using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Payments;

namespace CareLedger.Domain.Allocation;

/// <summary>
/// Allocates each year's whole-population budget to the providers: a provider's contract value is the sum of its
/// cells (a sub-contractor's cells go to its prime), split into elements, with the outcome exposure and the fixed
/// element's instalments. Pure and free of I/O.
/// </summary>
public static class AllocationEngine
{
    public static IReadOnlyList<YearAllocation> Allocate(BudgetPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Years.Select(year => Allocate(plan.Contract, year)).ToArray();
    }

    public static YearAllocation Allocate(Contract contract, BudgetYear budget)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(budget);
        var issues = new List<BudgetIssue>();
        var currency = contract.Currency;
        var cellsByPayee = budget.Cells
            .GroupBy(cell => contract.PayeeFor(cell.Key.Provider))
            .ToDictionary(group => group.Key, group => group.ToArray());

        var providers = new List<ProviderAllocation>();
        foreach (var party in contract.Parties)
        {
            if (!cellsByPayee.TryGetValue(party.Id, out var cells))
            {
                continue;
            }

            var contractValue = Money.Sum(cells.Select(cell => cell.Amount), currency);
            var byLine = cells
                .GroupBy(cell => cell.Key.ServiceLine)
                .Select(group => new ServiceLineAmount(group.Key, Money.Sum(group.Select(cell => cell.Amount), currency)))
                .ToArray();
            var subContracted = cells
                .Where(cell => cell.Key.Provider != party.Id)
                .GroupBy(cell => cell.Key.Provider)
                .Select(group => new SubContractAmount(group.Key, Money.Sum(group.Select(cell => cell.Amount), currency)))
                .ToArray();

            var split = ElementSplitter.Split(contract, party.Id, budget.Year, contractValue, issues);
            providers.Add(new ProviderAllocation(
                party,
                contractValue,
                byLine,
                subContracted,
                split.Fixed,
                split.Variable,
                split.Outcome,
                split.ManagementFee,
                OutcomeExposurePlanner.Plan(contract, budget.Year, split.Outcome.Amount),
                InstalmentPlanner.Plan(contract.Payment.Fixed.Instalments, budget.Year, split.Fixed.Amount)));
        }

        return new YearAllocation(budget.Year, providers, OnTopFees(contract, budget, providers), issues);
    }

    private static OnTopFee[] OnTopFees(Contract contract, BudgetYear budget, List<ProviderAllocation> providers)
    {
        if (contract.Payment.ManagementFee is not { Basis: FeeBasis.OnTop } terms)
        {
            return [];
        }

        // An on-top fee at a rate is a rate of what the payee manages: its own contract value if it holds cells,
        // otherwise the whole budget (a prime managing contracts the commissioners still pay directly).
        var managed = providers.FirstOrDefault(provider => provider.Payee.Id == terms.Payee)?.ContractValue
            ?? budget.WholePopulationBudget;
        var fee = ElementSplitter.FeeOf(terms, budget.Year, managed, contract.Rounding);
        return [new OnTopFee(terms.Payee, fee, terms.FundedBy)];
    }
}
