namespace CareLedger.Simulation.Summaries;

/// <summary>A Monte Carlo estimate and its standard error (null when it cannot be estimated, e.g. a percentile where no runs fell near it).</summary>
public readonly record struct Estimate(decimal Value, decimal? StandardError);
