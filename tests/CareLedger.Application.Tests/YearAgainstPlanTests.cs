using CareLedger.Application.Budgets;
using CareLedger.Application.Documents;
using CareLedger.Application.Plans;
using CareLedger.Application.Settlement;
using CareLedger.Domain.Periods;

namespace CareLedger.Application.Tests;

/// <summary>
/// The year so far against plan, on the Mid-Nottinghamshire template settled by the real engine. Sherwood Forest's
/// 2016/17 contract value is £41,333,333.33 (the budget snapshot, tests/CareLedger.Cli.Tests/Snapshots/approved/
/// mid-notts-alliance/budget.approved.txt). Spread evenly over 12 months: 4,133,333,333p / 12 = 344,444,444p remainder
/// 5, so months 1–5 plan £3,444,444.45 and months 6–12 £3,444,444.44.
/// </summary>
public sealed class YearAgainstPlanTests
{
    private const string Name = "mid-notts-alliance";
    private const string Sherwood = "sherwood-forest";

    [Fact]
    public void With_nothing_settled_the_plan_to_the_end_of_q1_is_three_months_and_nothing_is_paid()
    {
        var toDate = YearAgainstPlan.Of(Period("2016/17-Q1"), Budget(), Settled());

        var sherwood = toDate.Providers.Single(provider => provider.Provider.Value == Sherwood);
        Assert.Equal((3, 12), (toDate.MonthsElapsed, toDate.MonthsInYear));
        // 3 × £3,444,444.45
        Assert.Equal(10_333_333.35m, sherwood.PlannedToDate.Amount);
        Assert.Equal(41_333_333.33m, sherwood.ContractValue.Amount);
        Assert.True(sherwood.PaidToDate.IsZero);
        Assert.Empty(toDate.PeriodsCounted);
    }

    [Fact]
    public void A_settled_q1_is_paid_to_date_against_three_months_of_plan()
    {
        var toDate = YearAgainstPlan.Of(Period("2016/17-Q1"), Budget(), Settled("2016/17-Q1"));

        // Sherwood Forest's Q1 statement totals £10,099,483.35 (settle-q1.approved.txt): £233,850.00 below plan.
        var sherwood = toDate.Providers.Single(provider => provider.Provider.Value == Sherwood);
        Assert.Equal(10_099_483.35m, sherwood.PaidToDate.Amount);
        Assert.Equal(-233_850.00m, sherwood.Difference.Amount);
        Assert.Equal(new[] { "2016/17-Q1" }, toDate.PeriodsCounted);
    }

    [Fact]
    public void A_settled_quarter_is_counted_instead_of_its_months_and_later_months_count_up_to_the_period()
    {
        // Q1 and its months are all settled: the quarter is exactly its months, so only one of them may count.
        var settled = Settled("2016/17-Q1", "2016/17-M01", "2016/17-M02", "2016/17-M03", "2016/17-M04", "2016/17-M05", "2016/17-M07");

        var toDate = YearAgainstPlan.Of(Period("2016/17-M05"), Budget(), settled);

        Assert.Equal(new[] { "2016/17-Q1", "2016/17-M04", "2016/17-M05" }, toDate.PeriodsCounted);
        var sherwood = toDate.Providers.Single(provider => provider.Provider.Value == Sherwood);
        var months = new[] { "2016/17-M01", "2016/17-M02", "2016/17-M03", "2016/17-M04", "2016/17-M05" }
            .Sum(period => TotalOf(settled[period], Sherwood));
        Assert.Equal(months, sherwood.PaidToDate.Amount);
        // 5 × £3,444,444.45
        Assert.Equal(17_222_222.25m, sherwood.PlannedToDate.Amount);
    }

    [Fact]
    public void A_settled_year_counts_each_providers_whole_entitlement_against_its_whole_contract_value()
    {
        var settled = Settled("2016/17", "2016/17-Q1");

        var toDate = YearAgainstPlan.Of(Period("2016/17"), Budget(), settled);

        Assert.Equal(new[] { "2016/17" }, toDate.PeriodsCounted);
        foreach (var provider in toDate.Providers)
        {
            Assert.Equal(provider.ContractValue, provider.PlannedToDate);
            var statement = settled["2016/17"].Statements.SingleOrDefault(candidate => candidate.Party == provider.Provider);
            Assert.Equal(statement?.Entitlement.Amount ?? 0m, provider.PaidToDate.Amount);
        }
    }

    private static ContractPeriod Period(string label)
    {
        Assert.True(TemplateCases.Contract(Name).Term.Calendar.TryParse(label, out var period, out var error), error);
        return period!;
    }

    private static BudgetYearDocument Budget() =>
        BudgetYearDocument.Of(new BudgetService().Compute(TemplateCases.Contract(Name), "2016/17").Value!.Years.Single());

    private static Dictionary<string, SettlementDocument> Settled(params string[] periods) =>
        periods.ToDictionary(
            period => period,
            period => SettlementDocument.Of(new SettlementService().Settle(TemplateCases.Contract(Name), TemplateCases.Actuals(Name), period).Value!),
            StringComparer.Ordinal);

    private static decimal TotalOf(SettlementDocument settlement, string party) =>
        settlement.Statements.Single(statement => statement.Party.Value == party).Total.Amount;
}
