using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Simulation.Viability;
using MathNet.Numerics.Distributions;
using static CareLedger.Simulation.Tests.Viability.BlockContract;

namespace CareLedger.Simulation.Tests.Viability;

/// <summary>
/// Viability of a normal cost against a fixed value (<see cref="BlockContract"/>), against the closed form, with fixed
/// seeds; every estimate within three of its stated standard errors (plus the little the draws' rounding to six places
/// moves it, far inside them).
/// <para>
/// A year: surplus = £10m − £9.5m(1 + ε), short when ε &gt; 0.5 ÷ 9.5, so P(deficit) = 1 − Φ(£0.5m ÷ σ) with
/// σ = £9.5m × 4% = £380,000: 1 − Φ(1.3158) = 0.0941. The term: costs sum to £28.5m + £9.5m × Σε, Σε normal with sd
/// 4% × √3, so σ_T = £658,179 and P(deficit) = 1 − Φ(£1.5m ÷ σ_T) = 1 − Φ(2.279) = 0.0113; the value sustainable with
/// probability q is £28.5m + σ_T × Φ⁻¹(q) (at 90%: £28.5m + £658,179 × 1.28155 = £29,343,491). The expected shortfall of
/// a normal cost C against an income I is σ(φ(a) − a(1 − Φ(a))), a = (I − μ) ÷ σ: in a year, £380,000 × (0.16794 −
/// 1.3158 × 0.09412) = £16,759.
/// </para>
/// </summary>
public sealed class ViabilityClosedFormTests
{
    private static readonly ViabilityResult Result = ViabilitySearch.Assess(
        Contract(),
        TemplateFiles.Scenario(Contract(), Scenario),
        new ViabilityOptions(Id<Party>.Of(Provider), 20_000, 11, 2));

    private static double YearSd => YearCost * Sd;

    private static double TermSd => YearCost * Sd * Math.Sqrt(Years);

    [Fact]
    public void Each_years_probability_of_a_deficit_is_the_normal_tail_beyond_the_income()
    {
        var expected = 1 - Normal.CDF(0, 1, ((Value / Years) - YearCost) / YearSd);
        Assert.Equal(0.0941, expected, 4);
        Assert.Equal(3, Result.Years.Count);
        foreach (var year in Result.Years)
        {
            AssertWithin(expected, year.Deficit.Value, year.Deficit.StandardError);
        }
    }

    [Fact]
    public void The_terms_probability_of_a_deficit_is_the_tail_of_the_summed_costs()
    {
        var expected = 1 - Normal.CDF(0, 1, (Value - (Years * YearCost)) / TermSd);
        Assert.Equal(0.0113, expected, 4);
        AssertWithin(expected, Result.Term.Deficit.Value, Result.Term.Deficit.StandardError);
    }

    [Fact]
    public void The_expected_shortfall_is_the_normal_loss_function()
    {
        var a = ((Value / Years) - YearCost) / YearSd;
        var expected = YearSd * (Normal.PDF(0, 1, a) - (a * (1 - Normal.CDF(0, 1, a))));
        Assert.InRange(expected, 16_700, 16_800);
        foreach (var year in Result.Years)
        {
            AssertWithin(expected, (double)year.ExpectedShortfall.Value, (double)year.ExpectedShortfall.StandardError!.Value);
        }
    }

    [Fact]
    public void The_value_sustainable_at_each_level_is_the_mean_cost_plus_that_many_standard_deviations()
    {
        Assert.Equal([0.80, 0.90, 0.95], Result.Sustainable.Select(value => value.Level));
        foreach (var sustainable in Result.Sustainable)
        {
            var expected = (Years * YearCost) + (TermSd * Normal.InvCDF(0, 1, sustainable.Level));
            var value = sustainable.Value!.Value;
            AssertWithin(expected, (double)value.Value, (double)value.StandardError!.Value);
            var discount = 1 - (expected / Value);
            AssertWithin(discount, sustainable.Discount!.Value, sustainable.DiscountStandardError!.Value);
        }

        Assert.Equal(29_343_491, (Years * YearCost) + (TermSd * Normal.InvCDF(0, 1, 0.9)), 0);
    }

    /// <summary>
    /// Income is linear in the value here, so the break-evens are exact and the search lands where the measured share is
    /// the level, to a run or two: scaling the contract to a value rounds each year's budget to the penny, which can
    /// leave a run that breaks even to within pennies on either side.
    /// </summary>
    [Fact]
    public void Simulating_at_each_value_found_gives_the_level_asked_for()
    {
        foreach (var sustainable in Result.Sustainable)
        {
            var achieved = sustainable.Achieved!;
            Assert.InRange(achieved.Value, sustainable.Level - (2.0 / achieved.Runs), sustainable.Level + (3.0 / achieved.Runs));
        }

        Assert.InRange(Result.Simulations, 3, 8);
    }

    /// <summary>
    /// A year's surplus is £0.5m − £380,000 × z, z standard normal: P50 £500,000; P95 £500,000 + 1.64485 × £380,000 =
    /// £1,125,044; P5 £500,000 − £625,044 = −£125,044.
    /// </summary>
    [Fact]
    public void Each_years_surplus_percentiles_are_the_normal_quantiles_about_the_margin()
    {
        var margin = (Value / Years) - YearCost;
        Assert.Equal(1_125_044, margin + (YearSd * Normal.InvCDF(0, 1, 0.95)), 0);
        foreach (var year in Result.Years)
        {
            foreach (var (level, estimate) in new[] { (0.05, year.P5Surplus), (0.50, year.P50Surplus), (0.95, year.P95Surplus) })
            {
                AssertWithin(margin + (YearSd * Normal.InvCDF(0, 1, level)), (double)estimate.Value, (double)estimate.StandardError!.Value);
            }
        }
    }

    [Fact]
    public void The_values_searched_are_each_simulation_in_order_of_value_with_its_share_in_surplus()
    {
        Assert.Equal(Result.Simulations, Result.Searched.Count);
        Assert.Equal(Result.Searched.OrderBy(point => point.Value.Amount).Select(point => point.Value), Result.Searched.Select(point => point.Value));
        var modelled = Result.Searched.Single(point => point.Value == Result.ModelledValue);
        Assert.Equal(Result.Term.Deficit.Runs - Result.Term.Deficit.Times, modelled.Surplus.Times);
        foreach (var sustainable in Result.Sustainable)
        {
            Assert.Equal(sustainable.Achieved, Result.Searched.Single(point => point.Value.Amount == sustainable.Value!.Value.Value).Surplus);
        }
    }

    [Fact]
    public void The_worst_year_is_one_of_the_terms_years_and_nothing_is_unfunded()
    {
        Assert.Contains(Result.WorstYear, Result.Years.Select(year => year.Year));
        Assert.All(Result.Years.Append(Result.Term), year => Assert.True(year.Unfunded.IsZero));
        Assert.Equal(Money.Gbp(30_000_000m), Result.ModelledValue);
    }

    private static void AssertWithin(double expected, double actual, double standardError) =>
        Assert.InRange(actual, expected - (3 * standardError) - 1e-9, expected + (3 * standardError) + 1e-9);
}
