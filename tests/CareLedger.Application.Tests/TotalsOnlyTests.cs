using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>
/// Settling for totals only (what a simulation does) gives exactly the full settlement's figures, for every
/// template, in a year, its first quarter and its first month.
/// </summary>
public sealed class TotalsOnlyTests
{
    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void Totals_only_equal_every_statements_entitlement_and_total(string name)
    {
        var contract = TemplateCases.Contract(name);
        var actuals = TemplateCases.Actuals(name);
        var plan = BudgetEngine.Build(contract);
        var allocations = AllocationEngine.Allocate(plan);
        foreach (var label in TemplateCases.Periods(name))
        {
            Assert.True(contract.Term.Calendar.TryParse(label, out var period, out var error), error);

            var full = SettlementEngine.Settle(plan, allocations, actuals, period!);
            var totals = SettlementEngine.SettleTotals(plan, allocations, actuals, period!);

            Assert.Equal(full.Statements.Select(statement => statement.Party.Id).Order(), totals.Parties.Order());
            foreach (var statement in full.Statements)
            {
                Assert.Equal(full.EntitlementOf(statement.Party.Id), totals.EntitlementOf(statement.Party.Id));
                Assert.Equal(statement.Total, totals.BalanceOf(statement.Party.Id));
                foreach (var element in Enum.GetValues<StatementElement>())
                {
                    var expected = statement.Lines.Where(line => line.Element == element && !line.OnAccount).Sum(line => line.Amount.Amount);
                    Assert.Equal(expected, totals.EntitlementOf(statement.Party.Id, element).Amount);
                }
            }
        }
    }
}
