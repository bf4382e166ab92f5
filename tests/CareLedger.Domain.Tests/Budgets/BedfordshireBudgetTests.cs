using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Budgets;

/// <summary>
/// Bedfordshire MSK (King's Fund 2015, seed 004): £26.5m in year 1 growing about 1.3% a year for five years; Circle
/// receives 95% up front, 2.5% for management costs and 2.5% at risk on the super-CQUIN measures; year 1 measured
/// not applied; year 2 ramps quarter by quarter to full risk.
/// </summary>
public sealed class BedfordshireBudgetTests
{
    private static Contract Bedfordshire() => new ContractBuilder()
        .Term(2014, 4, 60)
        .Party("bedfordshire-ccg", PartyRole.Commissioner)
        .Party("circle", PartyRole.Prime)
        .Cell("msk", "circle", 26_500_000.00m)
        .Rate(AdjustmentKind.Growth, 1.3m, ContractBuilder.Years(2, 3, 4, 5))
        .WithPayment(new PaymentTerms(
            new FixedElementTerms(Percentage.FromPercent(95m), InstalmentSchedule.Monthly),
            null,
            new OutcomeElementTerms(
                YearSchedule<Percentage>.Constant(Percentage.FromPercent(2.5m)),
                YearSchedule<Id<OutcomesFramework>>.Constant(Id<OutcomesFramework>.Of("super-cquin")),
                OutcomeAggregation.PerIndicator,
                Percentage.Hundred,
                new YearSchedule<OutcomePhase>(OutcomePhase.FullyAtRisk, new Dictionary<int, OutcomePhase>
                {
                    [1] = new(false, [Percentage.Hundred]),
                    [2] = new(true, [Percentage.FromPercent(25m), Percentage.FromPercent(50m), Percentage.FromPercent(75m), Percentage.Hundred]),
                })),
            [new ManagementFeeTerms(Id<Party>.Of("circle"), YearSchedule<Percentage>.Constant(Percentage.FromPercent(2.5m)), null, FeeBasis.WithinContractValue, null)],
            []))
        .Build();

    [Fact]
    public void Year_one_is_the_stated_26_5_million()
    {
        var plan = BudgetEngine.Build(Bedfordshire());

        Assert.Equal("2014/15", plan.Years[0].Year.Label);
        Assert.Equal(Money.Gbp(26_500_000.00m), plan.Years[0].WholePopulationBudget);
        Assert.Empty(plan.Years[0].Steps);
    }

    [Fact]
    public void Each_later_year_grows_one_point_three_percent_on_the_year_before()
    {
        var plan = BudgetEngine.Build(Bedfordshire());

        // 26,500,000.00 × 1.013 = 26,844,500.00
        // 26,844,500.00 × 1.013 = 27,193,478.50 (344,978.50 growth: exact, no rounding)
        // 27,193,478.50 × 0.013 = 353,515.2205 → 353,515.22 → 27,546,993.72
        // 27,546,993.72 × 0.013 = 358,110.91836 → 358,110.92 → 27,905,104.64
        Assert.Equal(5, plan.Years.Count);
        Assert.Equal(
            [26_500_000.00m, 26_844_500.00m, 27_193_478.50m, 27_546_993.72m, 27_905_104.64m],
            plan.Years.Select(year => year.WholePopulationBudget.Amount));
        var growth = plan.Years[3].Steps.Single();
        Assert.Equal("growth", growth.Rule);
        Assert.Equal(27_193_478.50m * 0.013m, growth.Exact);
        Assert.Equal(Money.Gbp(353_515.22m), growth.Change);
        // Five years total ~£130m in the seed ("£130 million"); exactly:
        Assert.Equal(Money.Gbp(135_990_076.86m), plan.TermTotal);
    }

    [Fact]
    public void Year_one_pays_95_percent_up_front_with_a_2_5_percent_fee_and_2_5_percent_measured_not_at_risk()
    {
        var plan = BudgetEngine.Build(Bedfordshire());
        var circle = AllocationEngine.Allocate(plan.Contract, plan.Years[0]).Providers.Single();

        Assert.Equal(Money.Gbp(26_500_000.00m), circle.ContractValue);
        Assert.Equal(Money.Gbp(25_175_000.00m), circle.Fixed.Amount);
        Assert.Equal(Money.Gbp(662_500.00m), circle.ManagementFee.Amount);
        Assert.Equal(Money.Gbp(662_500.00m), circle.Outcome.Amount);
        Assert.Equal(Money.Gbp(0m), circle.Variable.Amount);
        // Year 1 is measured, not applied: the 2.5% is paid in full whatever the scores, so nothing is at risk.
        Assert.Equal(Money.Gbp(0m), circle.AtRisk);
        Assert.Equal(Money.Gbp(662_500.00m), circle.Measured);
        Assert.False(circle.Exposure!.Applied);
        Assert.Equal("100% measured (£662,500.00), not applied", circle.Exposure.Describe());
    }

    [Fact]
    public void Year_two_ramps_the_amount_at_risk_quarter_by_quarter()
    {
        var plan = BudgetEngine.Build(Bedfordshire());
        var circle = AllocationEngine.Allocate(plan.Contract, plan.Years[1]).Providers.Single();

        // Pot 2.5% × 26,844,500.00 = 671,112.50 = 67,111,250p; ÷ 4 = 16,777,812 rem 2, so the first two
        // quarters take a penny each: 167,778.13, 167,778.13, 167,778.12, 167,778.12.
        // At risk: 25% × 167,778.13 = 41,944.5325 → 41,944.53; 50% × 167,778.13 = 83,889.065 → 83,889.07 (half up);
        // 75% × 167,778.12 = 125,833.59; 100% × 167,778.12 = 167,778.12. Total 419,445.31.
        Assert.Equal(Money.Gbp(671_112.50m), circle.Outcome.Amount);
        Assert.Equal(
            [167_778.13m, 167_778.13m, 167_778.12m, 167_778.12m],
            circle.Exposure!.Quarters.Select(quarter => quarter.Pot.Amount));
        Assert.Equal(
            [41_944.53m, 83_889.07m, 125_833.59m, 167_778.12m],
            circle.Exposure.Quarters.Select(quarter => quarter.AtRisk.Amount));
        Assert.Equal(Money.Gbp(419_445.31m), circle.AtRisk);
        Assert.Equal(Money.Gbp(0m), circle.Measured);
        Assert.Equal("2015/16-Q1", circle.Exposure.Quarters[0].Quarter.Label);
    }

    [Fact]
    public void Monthly_instalments_of_the_fixed_element_add_up_to_the_penny()
    {
        var plan = BudgetEngine.Build(Bedfordshire());
        var circle = AllocationEngine.Allocate(plan.Contract, plan.Years[0]).Providers.Single();

        // 25,175,000.00 = 2,517,500,000p; ÷ 12 = 209,791,666 rem 8: the first eight months carry the odd penny.
        Assert.Equal(12, circle.Instalments.Count);
        Assert.Equal("2014/15-M01", circle.Instalments[0].Period.Label);
        Assert.All(circle.Instalments.Take(8), instalment => Assert.Equal(Money.Gbp(2_097_916.67m), instalment.Amount));
        Assert.All(circle.Instalments.Skip(8), instalment => Assert.Equal(Money.Gbp(2_097_916.66m), instalment.Amount));
        Assert.Equal(circle.Fixed.Amount, Money.Sum(circle.Instalments.Select(instalment => instalment.Amount), Currency.Gbp));
    }
}
