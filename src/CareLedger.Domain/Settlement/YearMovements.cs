using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement;

/// <summary>
/// What a set of rules moves at a year end, before the other funders' contributions to a pooled budget: the totals
/// per party, counterparty and element (minor units) and what the pool's host paid out per element. A simulation
/// settles the rules that do not depend on its draws once, the others per simulated year, adds the two and then
/// apportions the pool once (<see cref="PoolContributions"/>), exactly as one year-end settlement does; apportioning
/// each part on its own could leave a funder a penny out.
/// </summary>
internal sealed record YearMovements(IReadOnlyDictionary<LineKey, long> Totals, IReadOnlyDictionary<StatementElement, long> PoolOutflow)
{
    public static YearMovements Of(SettlementRules rules, BudgetPlan plan, IReadOnlyList<YearAllocation> allocations, ContractActuals actuals, ContractYear year)
    {
        var index = year.Number - 1;
        var context = new SettlementContext(plan.Contract, plan.Years[index], allocations[index], actuals, year.AsPeriod(), new SettlementRun(actuals), totalsOnly: true);
        foreach (var rule in rules.InOrder)
        {
            if (rule.AppliesTo(context))
            {
                rule.Settle(context);
            }
        }

        return new YearMovements(context.Totals!, context.PoolOutflow);
    }
}
