using CareLedger.Domain.Allocation;
using CareLedger.Domain.Payments;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>A provider's outcome element for the year, quarter by quarter: what it earned and what was withheld.</summary>
internal sealed record ProviderOutcome(
    ProviderAllocation Provider,
    OutcomeExposure Exposure,
    OutcomeElementTerms Terms,
    OutcomeScores Scores,
    IOutcomePayout Payout,
    IReadOnlyList<QuarterOutcome> Quarters)
{
    public Currency Currency => Provider.ContractValue.Currency;

    public bool Applied => Exposure.Applied;

    public Money Pot => Exposure.Pot;

    /// <summary>Σ quarters' paid amounts; between pot − at risk and the pot for a non-negative pot.</summary>
    public Money Paid => Money.Sum(Quarters.Select(quarter => quarter.Paid), Currency);

    public Money Withheld => Pot - Paid;

    /// <summary>The weighted score in words: one percentage, or one per quarter when the quarters scored differently.</summary>
    public string WeightedScoresShown => ScoresShown(card => ScoreText.Percent(card.Weighted.Value));

    /// <summary>One score, or one per quarter when the quarters scored differently: "50%, 62.5%, 75%, 100% by quarter".</summary>
    public string ScoresShown(Func<Scorecard, string> show)
    {
        var shown = Quarters.Select(quarter => show(quarter.Card)).ToArray();
        return shown.Distinct(StringComparer.Ordinal).Count() <= 1
            ? shown.FirstOrDefault() ?? show(Scores.Cards[0])
            : string.Join(", ", shown) + " by quarter";
    }

    public static ProviderOutcome Settle(
        ProviderAllocation provider,
        OutcomeExposure exposure,
        OutcomeElementTerms terms,
        OutcomeScores scores,
        IOutcomePayout payout,
        RoundingRule rounding)
    {
        var quarters = exposure.Quarters
            .Select(quarter =>
            {
                var card = scores.For(quarter.Quarter);
                return new QuarterOutcome(quarter, card, payout.Pay(quarter.Exposed, card, rounding), exposure.Applied);
            })
            .ToArray();
        return new ProviderOutcome(provider, exposure, terms, scores, payout, quarters);
    }
}
