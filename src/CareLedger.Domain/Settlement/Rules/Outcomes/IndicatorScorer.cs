using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// Scores one indicator from one result, exactly (no rounding, no floating point).
/// </summary>
/// <remarks>
/// <para>A milestone scores 100% when achieved, its <see cref="MilestoneMeasure.PartCredit"/> when partly achieved
/// and 0% when not achieved.</para>
/// <para>A metric's progress from baseline (0%) to target (100%) is (value − baseline) ÷ (target − baseline) when
/// higher is better and (baseline − value) ÷ (baseline − target) when lower is better; the target is the one for the
/// result's contract year. Progress is unbounded: beyond the target it exceeds 100%, worse than the baseline it is
/// negative. Binary scoring gives 100% from 100% progress, else 0%; linear gives the progress held between 0% and
/// 100%; banded gives the score of the highest band whose <see cref="ScoreBand.ProgressFrom"/> the progress reaches,
/// else 0%. A target equal to the baseline asks for no improvement: progress is 100% when the value is at least as
/// good as the target, otherwise 0%.</para>
/// <para>No result, or a result of the wrong shape (a milestone without a status, a metric without a value),
/// scores 0%; the caller adds a note.</para>
/// </remarks>
internal static class IndicatorScorer
{
    public static IndicatorScore Score(Indicator indicator, ContractPeriod period, IndicatorResult? result)
    {
        if (result is null)
        {
            return new IndicatorScore(indicator, period, null, Share.Zero, "no result → 0%");
        }

        return indicator.Measure switch
        {
            MilestoneMeasure milestone => Milestone(indicator, period, result, milestone),
            MetricMeasure metric => Metric(indicator, period, result, metric),
            _ => throw new InvalidOperationException($"Indicator '{indicator.Id}' has a measure the outcome rule does not know ({indicator.Measure.GetType().Name})."),
        };
    }

    /// <summary>Progress from baseline (0) to target (1) as an exact fraction; see the remarks on the type.</summary>
    public static Share Progress(MetricMeasure metric, decimal value, decimal target)
    {
        if (target == metric.Baseline)
        {
            var atLeastAsGood = metric.Direction == MetricDirection.HigherIsBetter ? value >= target : value <= target;
            return atLeastAsGood ? Share.Whole : Share.Zero;
        }

        return metric.Direction == MetricDirection.HigherIsBetter
            ? Ratio(value - metric.Baseline, target - metric.Baseline)
            : Ratio(metric.Baseline - value, metric.Baseline - target);
    }

    /// <summary>The score a scoring rule gives for a progress.</summary>
    public static Share ScoreFor(ScoringRule scoring, Share progress) => scoring switch
    {
        BinaryScoring => progress >= Share.Whole ? Share.Whole : Share.Zero,
        LinearScoring => progress < Share.Zero ? Share.Zero : progress > Share.Whole ? Share.Whole : progress,
        BandedScoring banded => banded.Bands
            .Where(band => band.ProgressFrom.ToShare() <= progress)
            .OrderBy(band => band.ProgressFrom)
            .Select(band => band.Score.ToShare())
            .LastOrDefault(Share.Zero),
        _ => throw new InvalidOperationException($"The outcome rule does not know the scoring rule {scoring.GetType().Name}."),
    };

    private static IndicatorScore Milestone(Indicator indicator, ContractPeriod period, IndicatorResult result, MilestoneMeasure milestone)
    {
        if (result.Status is not { } status)
        {
            return new IndicatorScore(indicator, period, result, Share.Zero, "no milestone status → 0%", "has no milestone status");
        }

        var (score, words) = status switch
        {
            MilestoneStatus.Achieved => (Share.Whole, "achieved"),
            MilestoneStatus.PartlyAchieved => (milestone.PartCredit.ToShare(), $"partly achieved (part credit {milestone.PartCredit})"),
            MilestoneStatus.NotAchieved => (Share.Zero, "not achieved"),
            _ => throw new InvalidOperationException($"Unknown milestone status {status}."),
        };
        return new IndicatorScore(indicator, period, result, score, $"{words} → {ScoreText.Percent(score)}");
    }

    private static IndicatorScore Metric(Indicator indicator, ContractPeriod period, IndicatorResult result, MetricMeasure metric)
    {
        if (result.Value is not { } value)
        {
            return new IndicatorScore(indicator, period, result, Share.Zero, "no measured value → 0%", "has no measured value");
        }

        var target = metric.Target.For(period.Year);
        var progress = Progress(metric, value, target);
        var score = ScoreFor(metric.Scoring, progress);
        var working = $"{Measured(value, metric.Unit)} against baseline {ScoreText.Number(metric.Baseline)}, target {ScoreText.Number(target)}, "
            + $"{DirectionWords(metric.Direction)}: progress {ProgressWorking(metric, value, target)} = {ScoreText.Exact(progress)}; "
            + $"{ScoringWords(metric.Scoring)} → {ScoreText.Exact(score)}";
        return new IndicatorScore(indicator, period, result, score, working);
    }

    private static Share Ratio(decimal numerator, decimal denominator)
    {
        var top = Share.FromDecimal(numerator);
        var bottom = Share.FromDecimal(denominator);
        return Share.FromFraction(top.Numerator * bottom.Denominator, top.Denominator * bottom.Numerator);
    }

    private static string ProgressWorking(MetricMeasure metric, decimal value, decimal target)
    {
        var (baseline, valueText, targetText) = (ScoreText.Number(metric.Baseline), ScoreText.Number(value), ScoreText.Number(target));
        if (target == metric.Baseline)
        {
            return "(the target is the baseline: 100% if the value is at least as good, else 0%)";
        }

        return metric.Direction == MetricDirection.HigherIsBetter
            ? $"({valueText} − {baseline}) ÷ ({targetText} − {baseline})"
            : $"({baseline} − {valueText}) ÷ ({baseline} − {targetText})";
    }

    private static string Measured(decimal value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? ScoreText.Number(value) : $"{ScoreText.Number(value)} {unit}";

    private static string DirectionWords(MetricDirection direction) =>
        direction == MetricDirection.HigherIsBetter ? "higher is better" : "lower is better";

    private static string ScoringWords(ScoringRule scoring) => scoring switch
    {
        BinaryScoring => "binary (100% from the target)",
        LinearScoring => "linear (held between 0% and 100%)",
        BandedScoring banded => "banded (" + string.Join(", ", banded.Bands.Select(band => $"from {band.ProgressFrom}: {band.Score}")) + ")",
        _ => scoring.GetType().Name,
    };
}
