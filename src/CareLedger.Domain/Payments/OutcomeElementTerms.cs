using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;

namespace CareLedger.Domain.Payments;

/// <summary>
/// The outcome element: a share of each provider's contract value (the pot) paid on the outcomes framework.
/// </summary>
/// <param name="PotShare">The pot as a share of contract value, by year (Mid-Notts 1.8%; Cambridgeshire 0%, 10%, 10%, 15%, 15%).</param>
/// <param name="Threshold">For all-or-nothing: the weighted score the alliance must reach.</param>
public sealed record OutcomeElementTerms(
    YearSchedule<Percentage> PotShare,
    YearSchedule<Id<OutcomesFramework>> Framework,
    OutcomeAggregation Aggregation,
    Percentage Threshold,
    YearSchedule<OutcomePhase> Phasing,
    SourceRef? Source = null);
