namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>Proportional: the at-risk amount × the weighted score, rounded to the penny once per quarter.</summary>
internal sealed class ProportionalPayout : IOutcomePayout
{
    public string Formula => "Σ quarters: (pot − at risk) + at risk × weighted score, rounded to the penny per quarter";

    public string Aggregation => "proportional to the weighted score";

    public string Scored(ProviderOutcome outcome) => "scored " + outcome.WeightedScoresShown;

    public string Rounding(RoundingRule rounding) => OutcomeRounding.OncePerQuarter(rounding);

    public QuarterPayout Pay(Money atRisk, Scorecard card, RoundingRule rounding)
    {
        var rate = card.Weighted.Value;
        return new QuarterPayout(atRisk, rate.Of(atRisk, rounding), [], $"weighted score {ScoreText.Exact(rate)} of the at-risk amount paid");
    }
}
