using CareLedger.Analytics.Risk;

namespace CareLedger.Analytics.Tests.Risk;

/// <summary>The held-out checks on small sets worked by hand, including the ones with no finite calibration slope.</summary>
public sealed class HeldOutEvaluationTests
{
    [Fact]
    public void Predictions_that_are_all_the_same_or_separate_the_outcomes_perfectly_have_no_slope_and_do_not_throw()
    {
        Assert.True(double.IsNaN(HeldOutEvaluation.Calibration([0.2, 0.2, 0.2], [true, false, false]).Slope));

        // Everyone admitted is predicted above everyone not: the slope is infinite, so there is none to report.
        var (slope, intercept) = HeldOutEvaluation.Calibration([0.1, 0.2, 0.3, 0.7, 0.8, 0.9], [false, false, false, true, true, true]);
        Assert.True(double.IsNaN(slope) || slope > 10, $"slope {slope}");
        Assert.True(double.IsNaN(slope) == double.IsNaN(intercept));
    }

    [Fact]
    public void Tiers_of_a_small_set_follow_the_rounded_up_percentages_and_an_empty_tier_has_no_mean()
    {
        // 20 people: top 1% = ⌈0.2⌉ = 1; top 2% = ⌈0.4⌉ = 1, so the 1% to 2% tier is empty; top 5% = ⌈1⌉ = 1; the rest 19.
        var predicted = Enumerable.Range(1, 20).Select(i => i / 100.0).ToArray();
        var outcomes = new HeldOutOutcomes([.. predicted.Select(p => p >= 0.2)], [.. predicted.Select(p => p >= 0.2 ? 1 : 0)], [.. predicted.Select(_ => 10m)]);

        var tiers = HeldOutEvaluation.Tiers(HeldOutEvaluation.Ranked(predicted), predicted, outcomes);

        Assert.Equal([1, 0, 0, 19], tiers.Select(tier => tier.People));
        Assert.Equal(0.20, tiers[0].MeanPredicted, 10);
        Assert.True(double.IsNaN(tiers[1].MeanPredicted));
        Assert.Equal(200m, tiers.Sum(tier => tier.Spend));
    }
}
