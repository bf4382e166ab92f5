using CareLedger.Domain;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>
/// Month, quarter and year settlements agree, for every template with its example actuals: each quarter of the
/// example year is exactly its three months, party by party, counterparty by counterparty and element by element; and
/// each party's entitlement for the year is exactly what its in-year statements paid plus what is due at year end.
/// </summary>
public sealed class PeriodsAddUpTests
{
    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void Every_quarter_of_the_example_year_is_exactly_its_months(string name)
    {
        var (plan, allocations, actuals, year) = Prepare(name);
        foreach (var quarter in year.Quarters())
        {
            var whole = SettlementEngine.Settle(plan, allocations, actuals, quarter);
            var months = year.Months().Where(month => (month.Number - 1) / 3 == quarter.Number - 1)
                .Select(month => SettlementEngine.Settle(plan, allocations, actuals, month))
                .ToArray();

            Assert.Equal(ByKey([whole]), ByKey(months));
            Assert.True(whole.AllChecksPassed, $"{name} {quarter.Label}");
        }
    }

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void The_years_entitlement_is_what_the_in_year_statements_paid_plus_what_is_due_at_year_end(string name)
    {
        var (plan, allocations, actuals, year) = Prepare(name);
        var yearEnd = SettlementEngine.Settle(plan, allocations, actuals, year.AsPeriod());
        var months = year.Months().Select(month => SettlementEngine.Settle(plan, allocations, actuals, month)).ToArray();

        foreach (var party in plan.Contract.Parties)
        {
            var paidInYear = months.SelectMany(month => month.Statements).Where(statement => statement.Party.Id == party.Id).Sum(statement => statement.Total.Amount);
            var settled = yearEnd.Statements.Any(statement => statement.Party.Id == party.Id);
            var due = settled ? yearEnd.StatementFor(party.Id).Total.Amount : 0m;
            var entitlement = settled ? yearEnd.EntitlementOf(party.Id).Amount : 0m;
            Assert.True(paidInYear + due == entitlement, $"{name}, {party.Id}: in-year {paidInYear} + at year end {due} ≠ the year's {entitlement}");
        }

        Assert.True(yearEnd.AllChecksPassed, name);
    }

    private static (BudgetPlan Plan, IReadOnlyList<YearAllocation> Allocations, Domain.Actuals.ContractActuals Actuals, ContractYear Year) Prepare(string name)
    {
        var contract = TemplateCases.Contract(name);
        var plan = BudgetEngine.Build(contract);
        Assert.True(contract.Term.Calendar.TryParseYear(TemplateCases.Template(name).ActualsYear, out var year, out var error), error);
        return (plan, AllocationEngine.Allocate(plan), TemplateCases.Actuals(name), year!);
    }

    /// <summary>Every amount, summed per party, counterparty and element; sums of zero left out.</summary>
    private static SortedDictionary<string, Money> ByKey(IEnumerable<PeriodSettlement> settlements)
    {
        var sums = new SortedDictionary<string, Money>(StringComparer.Ordinal);
        foreach (var line in settlements.SelectMany(settlement => settlement.Statements).SelectMany(statement => statement.Lines))
        {
            var key = $"{line.Party} with {line.Counterparty}: {line.Element.ToSpecName()}";
            sums[key] = sums.TryGetValue(key, out var sum) ? sum + line.Amount : line.Amount;
        }

        foreach (var zero in sums.Where(pair => pair.Value.IsZero).Select(pair => pair.Key).ToArray())
        {
            sums.Remove(zero);
        }

        return sums;
    }
}
