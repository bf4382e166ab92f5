using System.Globalization;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement.Rules.Outcomes;
using static CareLedger.Domain.Tests.Settlement.Outcomes.OutcomeTestKit;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>
/// Scoring one indicator: milestones by status; metrics by progress from baseline (0%) to target (100%) in either
/// direction, then binary, linear or banded — including values beyond the target and worse than the baseline.
/// </summary>
public sealed class IndicatorScoringTests
{
    private static readonly ContractCalendar Calendar = new(new YearMonth(2016, 4), 36, 4);

    private static ContractPeriod FirstYear => Calendar.Years[0].AsPeriod();

    private static ScoringRule Rule(string scoring) => scoring switch
    {
        "binary" => new BinaryScoring(),
        "linear" => new LinearScoring(),
        "banded" => Bands((50m, 50m), (100m, 100m)),
        "banded-from-zero" => Bands((0m, 25m), (50m, 50m), (100m, 100m)),
        _ => throw new ArgumentOutOfRangeException(nameof(scoring), scoring, "Unknown scoring in the test."),
    };

    private static Share ScoreOf(Indicator indicator, decimal value, ContractPeriod? period = null) =>
        IndicatorScorer.Score(indicator, period ?? FirstYear, Metric(indicator.Id.Value, period ?? FirstYear, value)).Score;

    // Higher is better: recommendations from 85% (baseline) to 90% (target).
    [Theory]
    [InlineData("linear", "87", "40")]
    [InlineData("linear", "90", "100")]
    [InlineData("linear", "95", "100")]         // beyond the target: progress 200%, held at 100%
    [InlineData("linear", "85", "0")]
    [InlineData("linear", "80", "0")]           // worse than the baseline: progress −100%, held at 0%
    [InlineData("binary", "89.99", "0")]
    [InlineData("binary", "90", "100")]
    [InlineData("binary", "91", "100")]
    [InlineData("binary", "80", "0")]
    [InlineData("banded", "87", "0")]           // 40%: below the first band
    [InlineData("banded", "87.5", "50")]        // exactly 50%: the band from 50% counts
    [InlineData("banded", "89", "50")]          // 80%
    [InlineData("banded", "90", "100")]
    [InlineData("banded", "100", "100")]        // 300%: the highest band
    [InlineData("banded-from-zero", "85", "25")]
    [InlineData("banded-from-zero", "84", "0")] // negative progress reaches no band
    public void A_higher_is_better_metric_scores_its_progress_towards_the_target(string scoring, string value, string expectedPercent)
    {
        var indicator = MetricIndicator("recommend", 20m, 85m, 90m, MetricDirection.HigherIsBetter, Rule(scoring));

        Assert.Equal(Share.FromPercent(Parse(expectedPercent)), ScoreOf(indicator, Parse(value)));
    }

    // Lower is better: long waits from 12% (baseline) down to 8% (target).
    [Theory]
    [InlineData("linear", "10", "50")]
    [InlineData("linear", "8", "100")]
    [InlineData("linear", "6", "100")]          // beyond the target
    [InlineData("linear", "14", "0")]           // worse than the baseline
    [InlineData("binary", "8.01", "0")]
    [InlineData("binary", "8", "100")]
    [InlineData("binary", "7", "100")]
    [InlineData("banded", "10", "50")]
    [InlineData("banded", "9", "50")]           // 75%
    [InlineData("banded", "13", "0")]
    [InlineData("banded-from-zero", "12", "25")]
    public void A_lower_is_better_metric_scores_its_progress_towards_the_target(string scoring, string value, string expectedPercent)
    {
        var indicator = MetricIndicator("long-waits", 20m, 12m, 8m, MetricDirection.LowerIsBetter, Rule(scoring));

        Assert.Equal(Share.FromPercent(Parse(expectedPercent)), ScoreOf(indicator, Parse(value)));
    }

    [Fact]
    public void Progress_is_an_exact_fraction_never_a_rounded_decimal()
    {
        var indicator = MetricIndicator("admissions", 20m, 30m, 27m, MetricDirection.LowerIsBetter, new LinearScoring());

        Assert.Equal(Share.FromFraction(1, 3), ScoreOf(indicator, 29m));
        Assert.Equal(Share.FromFraction(2, 3), ScoreOf(indicator, 28m));
    }

    [Fact]
    public void The_target_is_the_one_for_the_results_contract_year()
    {
        // 27 in every year but the second, where it is 24.
        var indicator = MetricIndicator("admissions", 20m, 30m, 27m, MetricDirection.LowerIsBetter, new LinearScoring(), new Dictionary<int, decimal> { [2] = 24m });

        Assert.Equal(Share.Whole, ScoreOf(indicator, 27m, Calendar.Years[0].AsPeriod()));
        Assert.Equal(Share.FromPercent(50m), ScoreOf(indicator, 27m, Calendar.Years[1].AsPeriod()));
        Assert.Equal(Share.FromPercent(50m), ScoreOf(indicator, 27m, Calendar.Years[1].Quarters()[2]));
        Assert.Equal(Share.Whole, ScoreOf(indicator, 27m, Calendar.Years[2].AsPeriod()));
    }

    [Theory]
    [InlineData(MetricDirection.HigherIsBetter, "50", "100")]
    [InlineData(MetricDirection.HigherIsBetter, "51", "100")]
    [InlineData(MetricDirection.HigherIsBetter, "49", "0")]
    [InlineData(MetricDirection.LowerIsBetter, "49", "100")]
    [InlineData(MetricDirection.LowerIsBetter, "51", "0")]
    public void A_target_equal_to_the_baseline_is_met_by_holding_the_line(MetricDirection direction, string value, string expectedPercent)
    {
        var indicator = MetricIndicator("hold", 20m, 50m, 50m, direction, new LinearScoring());

        Assert.Equal(Share.FromPercent(Parse(expectedPercent)), ScoreOf(indicator, Parse(value)));
    }

    [Theory]
    [InlineData(MilestoneStatus.Achieved, "100")]
    [InlineData(MilestoneStatus.PartlyAchieved, "40")]
    [InlineData(MilestoneStatus.NotAchieved, "0")]
    public void A_milestone_scores_by_its_status_with_part_credit_when_partly_achieved(MilestoneStatus status, string expectedPercent)
    {
        var indicator = MilestoneIndicator("plan", 7m, partCredit: 40m);

        var score = IndicatorScorer.Score(indicator, FirstYear, Milestone("plan", FirstYear, status));

        Assert.Equal(Share.FromPercent(Parse(expectedPercent)), score.Score);
        Assert.Null(score.Problem);
    }

    [Fact]
    public void No_result_or_a_result_of_the_wrong_shape_scores_zero()
    {
        var milestone = MilestoneIndicator("plan", 7m);
        var metric = MetricIndicator("rate", 3m, 14.2m, 13.5m, MetricDirection.LowerIsBetter, new LinearScoring());

        Assert.Equal(Share.Zero, IndicatorScorer.Score(milestone, FirstYear, null).Score);
        var noStatus = IndicatorScorer.Score(milestone, FirstYear, Metric("plan", FirstYear, 1m));
        Assert.Equal(Share.Zero, noStatus.Score);
        Assert.Equal("has no milestone status", noStatus.Problem);
        var noValue = IndicatorScorer.Score(metric, FirstYear, Milestone("rate", FirstYear, MilestoneStatus.Achieved));
        Assert.Equal(Share.Zero, noValue.Score);
        Assert.Equal("has no measured value", noValue.Problem);
    }

    [Fact]
    public void Weights_count_relative_to_their_total()
    {
        var year = FirstYear;
        IndicatorScore Scored(string id, decimal weight, MilestoneStatus status) =>
            IndicatorScorer.Score(MilestoneIndicator(id, weight), year, Milestone(id, year, status));

        // 60% achieved and 39% not: 60 ÷ 99 = 20/33; all achieved: 99 ÷ 99 = 100%.
        var partly = WeightedScore.Of([Scored("a", 60m, MilestoneStatus.Achieved), Scored("b", 39m, MilestoneStatus.NotAchieved)]);
        var whole = WeightedScore.Of([Scored("a", 60m, MilestoneStatus.Achieved), Scored("b", 39m, MilestoneStatus.Achieved)]);

        Assert.Equal(Share.FromFraction(20, 33), partly.Value);
        Assert.Equal("60% ÷ 99% = 60.61% (20/33)", partly.Working);
        Assert.Equal(Share.Whole, whole.Value);
        Assert.Equal(Share.Zero, WeightedScore.Of([Scored("a", 0m, MilestoneStatus.Achieved)]).Value);
    }

    [Fact]
    public void A_score_beside_a_threshold_shows_enough_digits_to_tell_which_side_it_is_on()
    {
        var justShort = Share.FromFraction(99_999, 100_000);

        Assert.Equal("100%", ScoreText.Percent(justShort));
        Assert.Equal("99.999%", ScoreText.Beside(justShort, Share.Whole));
        Assert.Equal("96.97%", ScoreText.Beside(Share.FromFraction(32, 33), Share.Whole));
    }

    private static decimal Parse(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
