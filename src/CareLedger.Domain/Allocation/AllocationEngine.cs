using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;

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
        var payees = PayeesOf(plan.Contract);
        return plan.Years.Select(year => Allocate(plan.Contract, year, payees)).ToArray();
    }

    public static YearAllocation Allocate(Contract contract, BudgetYear budget)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(budget);
        return Allocate(contract, budget, PayeesOf(contract));
    }

    /// <summary>Who is paid for each party's cells: itself, or a sub-contractor's prime.</summary>
    private static Dictionary<Id<Party>, Id<Party>> PayeesOf(Contract contract) =>
        contract.Parties.ToDictionary(party => party.Id, party => contract.PayeeFor(party.Id));

    private static YearAllocation Allocate(Contract contract, BudgetYear budget, Dictionary<Id<Party>, Id<Party>> payees)
    {
        var issues = new List<BudgetIssue>();
        var currency = contract.Currency;
        // Sum in whole minor units by cell index: the allocation runs for every provider and year of a simulation.
        var keys = budget.Cells.Keys;
        var units = budget.Cells.Units;
        var cellsByPayee = new Dictionary<Id<Party>, List<int>>();
        for (var i = 0; i < keys.Length; i++)
        {
            var payee = payees[keys[i].Provider];
            if (!cellsByPayee.TryGetValue(payee, out var list))
            {
                cellsByPayee[payee] = list = [];
            }

            list.Add(i);
        }

        var providers = new List<ProviderAllocation>();
        foreach (var party in contract.Parties)
        {
            if (!cellsByPayee.TryGetValue(party.Id, out var cells))
            {
                continue;
            }

            var byLineUnits = new UnitTotals<Id<ServiceLine>>();
            var bySubContractorUnits = new UnitTotals<Id<Party>>();
            long contractUnits = 0;
            foreach (var i in cells)
            {
                contractUnits += units[i];
                byLineUnits.Add(keys[i].ServiceLine, units[i]);
                if (keys[i].Provider != party.Id)
                {
                    bySubContractorUnits.Add(keys[i].Provider, units[i]);
                }
            }

            var contractValue = Money.FromMinorUnits(contractUnits, currency);
            var byLine = byLineUnits.Select((key, amount) => new ServiceLineAmount(key, Money.FromMinorUnits(amount, currency)));
            var subContracted = bySubContractorUnits.Select((key, amount) => new SubContractAmount(key, Money.FromMinorUnits(amount, currency)));

            var reimbursed = ReimbursementPlanner.Plan(contract, party.Id, budget.Year, byLine);
            var reimbursedTotal = reimbursed is null ? Money.Zero(currency) : Money.Sum(reimbursed.Select(entry => entry.Planned), currency);
            var split = ElementSplitter.Split(contract, party.Id, budget.Year, contractValue, reimbursedTotal, issues);
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
                InstalmentPlanner.Plan(contract.Payment.Fixed.Instalments, budget.Year, split.Fixed.Amount),
                reimbursed));
        }

        return new YearAllocation(budget.Year, providers, OnTopFees(contract, budget, providers), issues);
    }

    private static OnTopFee[] OnTopFees(Contract contract, BudgetYear budget, List<ProviderAllocation> providers) =>
        contract.Payment.ManagementFees
            .Where(terms => terms.Basis == FeeBasis.OnTop)
            .Select(terms =>
            {
                // An on-top fee at a rate is a rate of what the payee manages: its own contract value if it holds
                // cells, otherwise the whole budget (a prime managing contracts the commissioners still pay directly).
                var managed = providers.FirstOrDefault(provider => provider.Payee.Id == terms.Payee)?.ContractValue
                    ?? budget.WholePopulationBudget;
                return new OnTopFee(terms.Payee, ElementSplitter.FeeOf(terms, budget.Year, managed, contract.Rounding), terms.FundedBy);
            })
            .ToArray();
}
