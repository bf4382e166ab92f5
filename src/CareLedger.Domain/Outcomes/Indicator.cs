namespace CareLedger.Domain.Outcomes;

/// <summary>One weighted indicator; its weight is its share of the whole outcome pot.</summary>
public sealed record Indicator(
    Id<Indicator> Id,
    string Name,
    IndicatorCategory Category,
    Percentage Weight,
    IndicatorMeasure Measure,
    SourceRef? Source = null);
