using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement.Rules.Corridors;
using CareLedger.Domain.Settlement.Rules.Instalments;
using CareLedger.Domain.Settlement.Rules.Outcomes;
using CareLedger.Domain.Settlement.Rules.Population;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using CareLedger.Domain.Settlement.Rules.SharedSavings;
using CareLedger.Domain.Settlement.Rules.Variable;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// Settles a period of a contract: composes the payment mechanisms, produces one statement per party, trues up
/// in-year payments at year end and checks the result. Pure and free of I/O, so a simulation can settle thousands
/// of years in a loop.
/// </summary>
public static class SettlementEngine
{
    // Order matters only for the order of lines on a statement.
    private static readonly ISettlementRule[] Rules =
    [
        new InstalmentRule(),
        new VolumeVarianceRule(),
        new PatientChoiceRule(),
        new OutcomeRule(),
        new RiskShareRule(),
        new PopulationToleranceRule(),
        new SharedSavingsRule(),
        new CorridorRule(),
    ];

    public static PeriodSettlement Settle(Contract contract, ContractActuals actuals, ContractPeriod period)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var plan = BudgetEngine.Build(contract);
        return Settle(plan, AllocationEngine.Allocate(plan), actuals, period);
    }

    /// <summary>Settles against a budget and allocation already built, so a simulation builds them once per contract.</summary>
    public static PeriodSettlement Settle(BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractPeriod period)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(period);
        var index = period.Year.Number - 1;
        var run = new SettlementRun(actuals);
        var context = Run(plan.Contract, plan.Years[index], allocations[index], actuals, period, run);
        if (context.IsYearEnd)
        {
            var inYear = OnAccount.InYearPeriods(plan.Contract.Payment.Fixed.Instalments, period.Year)
                .Select(inYearPeriod => (inYearPeriod, Run(plan.Contract, plan.Years[index], allocations[index], actuals, inYearPeriod, run, totalsOnly: true).Totals!))
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
    public static PeriodTotals SettleTotals(BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractPeriod period)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(period);
        var index = period.Year.Number - 1;
        var run = new SettlementRun(actuals);
        var context = Run(plan.Contract, plan.Years[index], allocations[index], actuals, period, run, totalsOnly: true);
        var onAccount = new Dictionary<LineKey, long>();
        if (context.IsYearEnd)
        {
            foreach (var inYearPeriod in OnAccount.InYearPeriods(plan.Contract.Payment.Fixed.Instalments, period.Year))
            {
                foreach (var (key, units) in Run(plan.Contract, plan.Years[index], allocations[index], actuals, inYearPeriod, run, totalsOnly: true).Totals!)
                {
                    onAccount[key] = checked(onAccount.GetValueOrDefault(key) + units);
                }
            }
        }

        return new PeriodTotals(period, plan.Contract.Currency, context.Totals!, onAccount);
    }

    private static SettlementContext Run(Contract contract, BudgetYear budget, YearAllocation allocation, ContractActuals actuals, ContractPeriod period, SettlementRun run, bool totalsOnly = false)
    {
        var context = new SettlementContext(contract, budget, allocation, actuals, period, run, totalsOnly);
        foreach (var rule in Rules)
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
