namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>One indicator's slice of a quarter's at-risk amount (split by weight) and what its score earned.</summary>
/// <param name="Paid">Slice × score, rounded to the penny.</param>
internal sealed record IndicatorSlice(IndicatorScore Score, Money Slice, Money Paid);
