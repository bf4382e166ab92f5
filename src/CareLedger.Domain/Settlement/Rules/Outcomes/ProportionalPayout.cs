namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>Proportional: the at-risk amount × the weighted score, rounded to the penny once per quarter.</summary>
internal sealed class ProportionalPayout : IOutcomePayout
{
    public string Formula => "Σ quarters: (pot − at risk) + at risk × weighted score, rounded to the penny per quarter";

    public QuarterPayout Pay(Money atRisk, Scorecard card, RoundingRule rounding)
    {
        var rate = card.Weighted.Value;
        return new QuarterPayout(atRisk, rate.Of(atRisk, rounding), [], $"weighted score {ScoreText.Exact(rate)} of the at-risk amount paid");
    }
}
