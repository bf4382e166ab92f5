using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;

namespace CareLedger.TestSupport;

/// <summary>
/// Settles one rule of a contract alone, as the engine would for a period: the budget and allocation of the period's
/// contract year, the actuals given, and the rule run only where it applies. Rule tests assert on the lines and
/// notes of the context it returns.
/// </summary>
internal static class RuleHarness
{
    /// <summary>The context the engine gives every rule for the period.</summary>
    public static SettlementContext ContextFor(Contract contract, ContractActuals actuals, ContractPeriod period)
    {
        var budget = BudgetEngine.Build(contract).Years[period.Year.Number - 1];
        return new SettlementContext(contract, budget, AllocationEngine.Allocate(contract, budget), actuals, period);
    }

    /// <summary>Runs the rule for the period, failing the test if the engine would not run it then.</summary>
    public static SettlementContext Settle(ISettlementRule rule, Contract contract, ContractActuals actuals, ContractPeriod period)
    {
        var context = ContextFor(contract, actuals, period);
        Assert.True(rule.AppliesTo(context), $"{rule.GetType().Name} does not settle in {period.Label}.");
        rule.Settle(context);
        return context;
    }

    /// <summary>Runs the rule at the end of contract year <paramref name="year"/> (1 = the first).</summary>
    public static SettlementContext SettleYearEnd(ISettlementRule rule, Contract contract, ContractActuals actuals, int year) =>
        Settle(rule, contract, actuals, Year(contract, year).AsPeriod());

    /// <summary>Contract year <paramref name="number"/> (1 = the first).</summary>
    public static ContractYear Year(Contract contract, int number) => contract.Term.Calendar.Years[number - 1];
}
