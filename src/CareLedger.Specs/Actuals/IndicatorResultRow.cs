using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of <c>indicators</c>: one indicator's result for a year or a quarter, with its evidence. A milestone takes
/// <paramref name="Result"/> and a metric <paramref name="Value"/>, never both.
/// </summary>
/// <param name="Period">A year (<c>2016/17</c>) or a quarter (<c>2016/17-Q1</c>) of the term; not a month.</param>
/// <param name="Evidence">What supports the result: board minutes, a data extract.</param>
public sealed record IndicatorResultRow(
    string? Period,
    Id<Indicator>? Indicator,
    MilestoneStatus? Result,
    decimal? Value,
    string? Evidence) : ActualsRow;
