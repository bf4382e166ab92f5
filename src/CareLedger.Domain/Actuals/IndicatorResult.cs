using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Actuals;

/// <summary>
/// The result of one indicator for a year or a quarter: a milestone's status or a metric's measured value, with a
/// reference to the evidence (board minutes, a data extract) that supports it.
/// </summary>
public sealed record IndicatorResult(
    ContractPeriod Period,
    Id<Indicator> Indicator,
    MilestoneStatus? Status,
    decimal? Value,
    string Evidence,
    SourceRef? Source = null);
