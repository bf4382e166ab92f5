using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>Every indicator's score for one period (a quarter or the year) and the weighted score they make.</summary>
internal sealed record Scorecard(ContractPeriod Period, IReadOnlyList<IndicatorScore> Scores, WeightedScore Weighted)
{
    public static Scorecard Of(ContractPeriod period, IReadOnlyList<IndicatorScore> scores) =>
        new(period, scores, WeightedScore.Of(scores));
}
