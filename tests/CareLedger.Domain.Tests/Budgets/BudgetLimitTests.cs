using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Budgets;

/// <summary>
/// The budget engine never throws on a contract's figures: a step that would take the budget past
/// <see cref="BudgetEngine.LargestBudget"/>, or overflow exact arithmetic on the way, is left out of its year and
/// reported with the term that caused it; a step that leaves a cell below zero is reported; every year is built.
/// </summary>
public sealed class BudgetLimitTests
{
    [Fact]
    public void Doubling_every_year_stops_at_the_largest_budget_and_names_the_adjustment_in_every_year_past_it()
    {
        var contract = OneCell(99_000_000_000m, years: 30).Rate(AdjustmentKind.Growth, 100m).Build();

        var plan = BudgetEngine.Build(contract);

        Assert.Equal(30, plan.Years.Count);
        Assert.Equal(Money.Gbp(792_000_000_000m), plan.Years[2].GrossBudget);
        Assert.Equal(Money.Gbp(792_000_000_000m), plan.Years[29].GrossBudget);
        Assert.Equal(27, plan.Issues.Count);
        Assert.All(plan.Issues, issue => Assert.Equal((BudgetIssueKind.TooLarge, contract.Adjustments[0]), (issue.Kind, issue.Cause)));
        Assert.Equal(plan.Years[3].Year, plan.Issues[0].Year);
    }

    [Fact]
    public void A_rate_of_the_largest_decimal_percentage_is_left_out_not_thrown()
    {
        var contract = OneCell(99_000_000_000m, years: 2).Rate(AdjustmentKind.Inflation, decimal.MaxValue).Build();

        var plan = BudgetEngine.Build(contract);

        Assert.All(plan.Years, year => Assert.Equal(Money.Gbp(99_000_000_000m), year.GrossBudget));
        Assert.All(plan.Issues, issue => Assert.Equal(BudgetIssueKind.TooLarge, issue.Kind));
        Assert.Equal(2, plan.Issues.Count);
    }

    [Fact]
    public void A_baseline_cell_beyond_the_largest_budget_is_left_out_and_reported()
    {
        var contract = OneCell(1_000_000_000_000.01m, years: 1).Build();

        var plan = BudgetEngine.Build(contract);

        var issue = Assert.Single(plan.Issues);
        Assert.Equal((BudgetIssueKind.TooLarge, contract.Baseline.Cells[0]), (issue.Kind, issue.Cause));
        Assert.Equal(Money.Gbp(0m), plan.Years[0].WholePopulationBudget);
    }

    [Fact]
    public void An_efficiency_of_more_than_the_whole_budget_is_reported_as_taking_more_than_is_held()
    {
        var contract = OneCell(10_000_000m, years: 1).Rate(AdjustmentKind.Efficiency, 150m).Build();

        var plan = BudgetEngine.Build(contract);

        var issue = Assert.Single(plan.Issues);
        Assert.Equal((BudgetIssueKind.TakesMoreThanHeld, contract.Adjustments[0]), (issue.Kind, issue.Cause));
        Assert.Contains("leaves a cell of the budget below zero", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extreme_rates_and_amounts_never_throw_and_every_cell_stays_within_the_largest_budget()
    {
        // Seeded: the same extremes every run. Rates from -1,000% to the largest decimal, amounts to a trillion.
        var random = new Random(20170401);
        decimal[] rates = [-1_000m, -100m, -99.99m, 0m, 2m, 100m, 1_000m, 1_000_000m, decimal.MaxValue];
        decimal[] amounts = [0.01m, 1_000_000m, 99_999_999_999.99m, 100_000_000_000m, 999_999_999_999.99m];
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var builder = OneCell(amounts[random.Next(amounts.Length)], years: random.Next(1, 31))
                .Cell("line1", "p0", amounts[random.Next(amounts.Length)]);
            for (var adjustment = random.Next(0, 6); adjustment > 0; adjustment--)
            {
                builder.Rate((AdjustmentKind)random.Next(0, 6), rates[random.Next(rates.Length)]);
            }

            builder.WithAdjustment(new AmountAdjustment("saving", AdjustmentKind.Savings, Money.Gbp(amounts[random.Next(amounts.Length)]), YearSelector.All, CellScope.Everything));
            var contract = builder.Build();

            var plan = BudgetEngine.Build(contract);
            var allocations = AllocationEngine.Allocate(plan);

            Assert.Equal(contract.Term.Calendar.Years.Count, plan.Years.Count);
            Assert.Equal(plan.Years.Count, allocations.Count);
            Assert.All(plan.Years, year => Assert.True(year.Cells.Total.Amount <= BudgetEngine.LargestBudget, $"attempt {attempt}, {year.Year.Label}"));
        }
    }

    private static ContractBuilder OneCell(decimal amount, int years) =>
        new ContractBuilder()
            .Term(2016, 4, years * 12)
            .Party("ccg", PartyRole.Commissioner)
            .Party("p0", PartyRole.Provider)
            .Cell("line0", "p0", amount);
}
