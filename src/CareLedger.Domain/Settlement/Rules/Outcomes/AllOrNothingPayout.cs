namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// All-or-nothing across the alliance (Mid-Notts): the whole at-risk amount is paid when the weighted score reaches
/// the threshold, and nothing otherwise. Every provider is judged on the same alliance-wide score, so either every
/// partner is paid or none is.
/// </summary>
internal sealed class AllOrNothingPayout(Percentage threshold) : IOutcomePayout
{
    private readonly Share _threshold = threshold.ToShare();

    public Percentage Threshold { get; } = threshold;

    public string Formula =>
        $"Σ quarters: (pot − at risk) + at risk × (100% if the alliance's weighted score reaches {Threshold}, else 0%)";

    public string Aggregation => $"all-or-nothing across the alliance, threshold {Threshold}";

    public bool Reached(Scorecard card) => card.Weighted.Value >= _threshold;

    public string Scored(ProviderOutcome outcome)
    {
        var scored = outcome.ScoresShown(ScoreBeside);
        return outcome.Scores.Cards.All(Reached)
            ? $"alliance scored {scored} against a {Threshold} threshold"
            : $"alliance scored {scored} (threshold {Threshold})";
    }

    public string Rounding(RoundingRule rounding) => OutcomeRounding.OncePerQuarter(rounding);

    public string ScoreBeside(Scorecard card) => ScoreText.Beside(card.Weighted.Value, _threshold);

    public QuarterPayout Pay(Money atRisk, Scorecard card, RoundingRule rounding)
    {
        var reached = Reached(card);
        var rate = reached ? Share.Whole : Share.Zero;
        var working = reached
            ? $"alliance scored {ScoreBeside(card)} against a {Threshold} threshold: 100% paid"
            : $"alliance scored {ScoreBeside(card)} (threshold {Threshold}): 0% paid";
        return new QuarterPayout(atRisk, rate.Of(atRisk, rounding), [], working);
    }
}
