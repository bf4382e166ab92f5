using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Outcomes;

/// <summary>A measured value against a baseline and a target that may tighten year by year.</summary>
public sealed record MetricMeasure(
    decimal Baseline,
    YearSchedule<decimal> Target,
    MetricDirection Direction,
    ScoringRule Scoring,
    string? Unit) : IndicatorMeasure;
