using CareLedger.Domain.Outcomes;

namespace CareLedger.Domain.Scenarios;

/// <summary>
/// An outcome indicator's result each year: for a milestone, a Bernoulli draw (1 achieved, 0 not); for a metric, the
/// measured value, rounded to four decimal places before it is scored.
/// </summary>
public sealed record IndicatorAssumption(Id<Indicator> Indicator, ScenarioVariable Result, SourceRef? Source = null);
