namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// Per indicator (Bedfordshire, Cambridgeshire): the quarter's at-risk amount is split across the indicators by
/// weight with the largest-remainder rule, so the slices add up to it exactly (weights are relative, so a framework
/// totalling 99% still shares out the whole amount); each slice is then paid × its indicator's own score, rounded to
/// the penny. The quarter's payout is the sum of the slices paid. A framework whose weights total zero pays nothing.
/// </summary>
internal sealed class PerIndicatorPayout : IOutcomePayout
{
    public string Formula =>
        "Σ quarters: (pot − at risk) + Σ indicators (at-risk slice by weight × indicator score, each rounded to the penny)";

    public string Aggregation => "per indicator: each indicator's slice of the at-risk amount paid on its own score";

    public string Scored(ProviderOutcome outcome) => "scored " + outcome.WeightedScoresShown;

    public string Rounding(RoundingRule rounding) =>
        $"each quarter's at-risk amount split over the indicators by weight (largest remainder, slices add up exactly); each slice × score rounded to the penny ({rounding.ToSpecName()}); the pot's quarters and at-risk amounts were rounded when the budget was allocated";

    public QuarterPayout Pay(Money atRisk, Scorecard card, RoundingRule rounding)
    {
        var scores = card.Scores;
        if (scores.Count == 0 || card.Weighted.TotalWeight == Percentage.Zero)
        {
            return new QuarterPayout(atRisk, Money.Zero(atRisk.Currency), [], "no weighted indicators: nothing paid");
        }

        var parts = Apportionment.ByPercentages(atRisk, scores.Select(score => score.Indicator.Weight).ToArray());
        var slices = scores.Select((score, i) => new IndicatorSlice(score, parts[i], score.Score.Of(parts[i], rounding))).ToArray();
        var paid = Money.Sum(slices.Select(slice => slice.Paid), atRisk.Currency);
        return new QuarterPayout(atRisk, paid, slices, $"indicators paid on their own scores (weighted score {ScoreText.Exact(card.Weighted.Value)})");
    }
}
