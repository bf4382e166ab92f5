namespace CareLedger.Domain.Outcomes;

/// <summary>How a metric's progress from baseline to target becomes a score between 0% and 100%.</summary>
public abstract record ScoringRule;
