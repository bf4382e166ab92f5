namespace CareLedger.Domain.Outcomes;

/// <summary>100% when the target is reached, otherwise 0%.</summary>
public sealed record BinaryScoring : ScoringRule;
