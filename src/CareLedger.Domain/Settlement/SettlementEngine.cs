using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement.Completeness;

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
    /// <remarks>
    /// A quarter is settled as its months: each month is settled on its own and the quarter's statements hold every
    /// month's lines. So a quarter always equals the sum of its months, party by party, element by element and
    /// counterparty by counterparty, whatever the rules do (a rule that rounds or splits per payment included).
    /// </remarks>
    public static PeriodSettlement Settle(SettlementRules rules, BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractPeriod period)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(allocations);
        ArgumentNullException.ThrowIfNull(period);
        var index = period.Year.Number - 1;
        var run = new SettlementRun(actuals);
        var contexts = SettledAs(period)
            .Select(part => Run(rules, plan.Contract, plan.Years[index], allocations[index], actuals, part, run))
            .ToArray();
        var yearEnd = period.Kind == PeriodKind.Year;
        var paidInYear = false;
        if (yearEnd)
        {
            var inYear = OnAccount.InYearPeriods(plan.Contract.Payment.Fixed.Instalments, period.Year)
                .Select(inYearPeriod => (inYearPeriod, TotalsOf(rules, plan, allocations, actuals, inYearPeriod, run)))
                .ToArray();
            OnAccount.Deduct(contexts[0], inYear);
            paidInYear = inYear.Length > 0;
        }

        // With annual instalments nothing is paid in-year, so the year end pays them and nothing cancels.
        var statements = StatementsOf(plan.Contract, contexts.SelectMany(context => context.Lines), period);
        var checks = ReconciliationChecks.Run(plan.Contract, statements, paidInYear).Concat(contexts.SelectMany(context => context.Checks)).ToArray();
        var notes = contexts.SelectMany(context => context.Notes).Distinct().ToArray();
        return new PeriodSettlement(plan.Contract, period, statements, checks, notes) { Missing = MissingFrom(rules, contexts) };
    }

    /// <summary>
    /// What the period needs from the actuals and they do not give, asked of every rule that settles on actuals and applies
    /// to the period; the same thing missing in several months of a quarter is one item listing them.
    /// </summary>
    private static MissingActual[] MissingFrom(SettlementRules rules, SettlementContext[] contexts)
    {
        var merged = new List<MissingActual>();
        foreach (var context in contexts)
        {
            foreach (var rule in rules.InOrder)
            {
                if (rule is not IExpectsActuals expects || !rule.AppliesTo(context))
                {
                    continue;
                }

                foreach (var missing in expects.Missing(context))
                {
                    var index = merged.FindIndex(item => item.Section == missing.Section && item.Expected == missing.Expected && item.NeededFor == missing.NeededFor);
                    if (index < 0)
                    {
                        merged.Add(missing);
                    }
                    else
                    {
                        merged[index] = merged[index].With(missing.Periods);
                    }
                }
            }
        }

        return [.. merged];
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
        var run = new SettlementRun(actuals);
        var entitlement = TotalsOf(rules, plan, allocations, actuals, period, run);
        var onAccount = new Dictionary<LineKey, long>();
        if (period.Kind == PeriodKind.Year)
        {
            foreach (var inYearPeriod in OnAccount.InYearPeriods(plan.Contract.Payment.Fixed.Instalments, period.Year))
            {
                Add(onAccount, TotalsOf(rules, plan, allocations, actuals, inYearPeriod, run));
            }
        }

        return new PeriodTotals(period, plan.Contract.Currency, entitlement, onAccount);
    }

    /// <summary>A month or a year as itself; a quarter as the months of it that the term covers.</summary>
    private static ContractPeriod[] SettledAs(ContractPeriod period) =>
        period.Kind == PeriodKind.Quarter
            ? period.Year.Months().Where(month => (month.Number - 1) / 3 == period.Number - 1).ToArray()
            : [period];

    /// <summary>What moved in the period, per party, counterparty and element, in minor units: a quarter is its months added up.</summary>
    private static IReadOnlyDictionary<LineKey, long> TotalsOf(SettlementRules rules, BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractPeriod period, SettlementRun run)
    {
        var index = period.Year.Number - 1;
        var parts = SettledAs(period);
        if (parts.Length == 1)
        {
            return Run(rules, plan.Contract, plan.Years[index], allocations[index], actuals, parts[0], run, totalsOnly: true).Totals!;
        }

        var totals = new Dictionary<LineKey, long>();
        foreach (var part in parts)
        {
            Add(totals, Run(rules, plan.Contract, plan.Years[index], allocations[index], actuals, part, run, totalsOnly: true).Totals!);
        }

        return totals;
    }

    private static void Add(Dictionary<LineKey, long> into, IReadOnlyDictionary<LineKey, long> totals)
    {
        foreach (var (key, units) in totals)
        {
            into[key] = checked(into.GetValueOrDefault(key) + units);
        }
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

    private static Statement[] StatementsOf(Contract contract, IEnumerable<StatementLine> lines, ContractPeriod period)
    {
        var byParty = lines.GroupBy(line => line.Party).ToDictionary(group => group.Key, group => group.ToArray());
        return contract.Parties
            .Where(party => byParty.ContainsKey(party.Id))
            .Select(party => new Statement(party, period, byParty[party.Id], contract.Currency))
            .ToArray();
    }
}
