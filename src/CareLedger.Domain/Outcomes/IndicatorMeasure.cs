namespace CareLedger.Domain.Outcomes;

/// <summary>How an indicator is judged: a milestone achieved or not, or a metric against a target.</summary>
public abstract record IndicatorMeasure;
