using CareLedger.Domain.Payments;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// How much of a quarter's at-risk amount a scorecard earns: one strategy per <see cref="OutcomeAggregation"/>.
/// The part of the pot not at risk is never the payout's business; it is always paid. Each payout also words
/// itself — the formula, the aggregation, the score on the line's reason and the rounding — so a new payout is one
/// new type and one case in <see cref="For"/>, and the reason and explanation need no change.
/// </summary>
internal interface IOutcomePayout
{
    /// <summary>The payout in words, for the explanation's formula.</summary>
    string Formula { get; }

    /// <summary>How scores become money, for the explanation's "aggregation" input.</summary>
    string Aggregation { get; }

    /// <summary>
    /// What an applied outcome scored, for the line's reason: "scored 62.5%", or for all-or-nothing "alliance scored
    /// 100% against a 100% threshold". The reason adds the element and what was paid or withheld.
    /// </summary>
    string Scored(ProviderOutcome outcome);

    /// <summary>Where the payout rounded, for the explanation.</summary>
    string Rounding(RoundingRule rounding);

    /// <summary>What the at-risk amount of one quarter (whole pennies) earns on the scorecard, rounded to the penny.</summary>
    QuarterPayout Pay(Money atRisk, Scorecard card, RoundingRule rounding);

    static IOutcomePayout For(OutcomeElementTerms terms) => terms.Aggregation switch
    {
        OutcomeAggregation.AllOrNothing => new AllOrNothingPayout(terms.Threshold),
        OutcomeAggregation.Proportional => new ProportionalPayout(),
        OutcomeAggregation.PerIndicator => new PerIndicatorPayout(),
        _ => throw new ArgumentOutOfRangeException(nameof(terms), terms.Aggregation, "Unknown outcome aggregation."),
    };
}
