using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// Settles a period of a contract: runs the payment mechanisms of a <see cref="SettlementRules"/> composition,
/// produces one statement per party, trues up in-year payments at year end and checks the result. Pure and free of
/// I/O, so a simulation can settle thousands of years in a loop. The overloads without a composition use
/// <see cref="SettlementRules.Default"/>.
/// </summary>
public static class SettlementEngine
{
    public static PeriodSettlement Settle(Contract contract, ContractActuals actuals, ContractPeriod period) =>
        Settle(SettlementRules.Default, contract, actuals, period);

    /// <summary>Settles against a budget and allocation already built, so a simulation builds them once per contract.</summary>
    public static PeriodSettlement Settle(BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractPeriod period) =>
        Settle(SettlementRules.Default, plan, allocations, actuals, period);

    public static PeriodSettlement Settle(SettlementRules rules, Contract contract, ContractActuals actuals, ContractPeriod period)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var plan = BudgetEngine.Build(contract);
        return Settle(rules, plan, AllocationEngine.Allocate(plan), actuals, period);
    }

    /// <summary>Settles with the mechanisms of <paramref name="rules"/>, against a budget and allocation already built.</summary>
    public static PeriodSettlement Settle(SettlementRules rules, BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractPeriod period)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(period);
        var index = period.Year.Number - 1;
        var run = new SettlementRun(actuals);
        var context = Run(rules, plan.Contract, plan.Years[index], allocations[index], actuals, period, run);
        if (context.IsYearEnd)
        {
            var inYear = OnAccount.InYearPeriods(plan.Contract.Payment.Fixed.Instalments, period.Year)
                .Select(inYearPeriod => (inYearPeriod, Run(rules, plan.Contract, plan.Years[index], allocations[index], actuals, inYearPeriod, run, totalsOnly: true).Totals!))
                .ToArray();
            OnAccount.Deduct(context, inYear);
        }

        var statements = StatementsOf(plan.Contract, context, period);
        var checks = ReconciliationChecks.Run(plan.Contract, statements, context.IsYearEnd).Concat(context.Checks).ToArray();
        return new PeriodSettlement(plan.Contract, period, statements, checks, context.Notes);
    }

    /// <summary>
    /// Settles for totals only: no lines, reasons, explanations or checks, just what each party is due. The amounts
    /// are exactly those of <see cref="Settle(BudgetPlan, IReadOnlyList{YearAllocation}, ContractActuals, ContractPeriod)"/>;
    /// a simulation calls this in its loop and settles in full only the runs a user asks to see.
    /// </summary>
    public static PeriodTotals SettleTotals(BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractPeriod period) =>
        SettleTotals(SettlementRules.Default, plan, allocations, actuals, period);

    /// <summary>Settles for totals only with the mechanisms of <paramref name="rules"/>.</summary>
    public static PeriodTotals SettleTotals(SettlementRules rules, BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractPeriod period)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(period);
        var index = period.Year.Number - 1;
        var run = new SettlementRun(actuals);
        var context = Run(rules, plan.Contract, plan.Years[index], allocations[index], actuals, period, run, totalsOnly: true);
        var onAccount = new Dictionary<LineKey, long>();
        if (context.IsYearEnd)
        {
            foreach (var inYearPeriod in OnAccount.InYearPeriods(plan.Contract.Payment.Fixed.Instalments, period.Year))
            {
                foreach (var (key, units) in Run(rules, plan.Contract, plan.Years[index], allocations[index], actuals, inYearPeriod, run, totalsOnly: true).Totals!)
                {
                    onAccount[key] = checked(onAccount.GetValueOrDefault(key) + units);
                }
            }
        }

        return new PeriodTotals(period, plan.Contract.Currency, context.Totals!, onAccount);
    }

    private static SettlementContext Run(SettlementRules rules, Contract contract, BudgetYear budget, YearAllocation allocation, ContractActuals actuals, ContractPeriod period, SettlementRun run, bool totalsOnly = false)
    {
        var context = new SettlementContext(contract, budget, allocation, actuals, period, run, totalsOnly);
        foreach (var rule in rules.InOrder)
        {
            if (rule.AppliesTo(context))
            {
                rule.Settle(context);
            }
        }

        context.SettlePoolContributions();
        return context;
    }

    private static Statement[] StatementsOf(Contract contract, SettlementContext context, ContractPeriod period)
    {
        var byParty = context.Lines.GroupBy(line => line.Party).ToDictionary(group => group.Key, group => group.ToArray());
        return contract.Parties
            .Where(party => byParty.ContainsKey(party.Id))
            .Select(party => new Statement(party, period, byParty[party.Id], contract.Currency))
            .ToArray();
    }
}
