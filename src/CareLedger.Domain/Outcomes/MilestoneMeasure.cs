namespace CareLedger.Domain.Outcomes;

/// <summary>A milestone: achieved scores 100%, not achieved 0%, partly achieved <see cref="PartCredit"/>.</summary>
public sealed record MilestoneMeasure(Percentage PartCredit) : IndicatorMeasure;
