namespace CareLedger.Domain.Outcomes;

/// <summary>Score in proportion to progress from baseline (0%) to target (100%), held between 0% and 100%.</summary>
public sealed record LinearScoring : ScoringRule;
