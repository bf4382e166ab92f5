namespace CareLedger.Domain.Outcomes;

/// <summary>From this much progress towards the target (0% = baseline, 100% = target), the indicator scores <see cref="Score"/>.</summary>
public sealed record ScoreBand(Percentage ProgressFrom, Percentage Score);
