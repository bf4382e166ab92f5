using CareLedger.Domain.Payments;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// How much of a quarter's at-risk amount a scorecard earns: one strategy per <see cref="OutcomeAggregation"/>.
/// The part of the pot not at risk is never the payout's business; it is always paid.
/// </summary>
internal interface IOutcomePayout
{
    /// <summary>The payout in words, for the explanation's formula.</summary>
    string Formula { get; }

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
