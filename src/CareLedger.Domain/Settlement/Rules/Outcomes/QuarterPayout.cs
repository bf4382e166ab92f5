namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>What one quarter's at-risk amount earned.</summary>
/// <param name="AtRiskPaid">The part of <paramref name="AtRisk"/> paid, in whole pennies.</param>
/// <param name="Slices">Per indicator: each indicator's slice of the at-risk amount and what it earned.</param>
/// <param name="Working">The payout in words, e.g. "alliance scored 100% against a 100% threshold: 100% paid".</param>
internal sealed record QuarterPayout(Money AtRisk, Money AtRiskPaid, IReadOnlyList<IndicatorSlice> Slices, string Working);
