namespace CareLedger.Domain.Outcomes;

/// <summary>Score by steps: the highest band whose progress threshold is reached. Bands are in ascending order.</summary>
public sealed record BandedScoring(IReadOnlyList<ScoreBand> Bands) : ScoringRule;
