namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// The framework's score for a period: Σ(weight × score) ÷ Σ(weights), exactly. Weights are relative to the
/// framework's own indicator total, so a framework loaded as published (Mid-Notts 2016/17: indicators total 99%)
/// still reaches 100% when every indicator is achieved; each indicator counts as its weight ÷ the total.
/// A framework whose weights total zero scores 0%.
/// </summary>
/// <param name="WeightedSum">Σ(weight × score), as a proportion (0.96 for 96%).</param>
/// <param name="TotalWeight">Σ(weights) of the framework's indicators.</param>
/// <param name="Value">The weighted score, from 0 to 1.</param>
internal sealed record WeightedScore(Share WeightedSum, Percentage TotalWeight, Share Value)
{
    public static WeightedScore Of(IReadOnlyList<IndicatorScore> scores)
    {
        var total = scores.Aggregate(Percentage.Zero, (sum, score) => sum + score.Indicator.Weight);
        var weighted = Share.Sum(scores.Select(score => score.Indicator.Weight.ToShare() * score.Score));
        if (total == Percentage.Zero)
        {
            return new WeightedScore(weighted, total, Share.Zero);
        }

        var whole = total.ToShare();
        var value = Share.FromFraction(weighted.Numerator * whole.Denominator, weighted.Denominator * whole.Numerator);
        return new WeightedScore(weighted, total, value);
    }

    public bool WeightsAreWhole => TotalWeight == Percentage.Hundred;

    /// <summary>e.g. <c>96% ÷ 99% = 96.97% (32/33)</c>.</summary>
    public string Working => $"{ScoreText.Percent(WeightedSum)} ÷ {TotalWeight} = {ScoreText.Exact(Value)}";
}
