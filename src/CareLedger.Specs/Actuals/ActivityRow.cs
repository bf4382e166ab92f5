using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of <c>activity</c>: planned and actual units for one provider and service line in a period, with the unit
/// price (required when a volume mechanism without a price covers the row) and costs where known.
/// </summary>
/// <param name="Period">The period as the contract writes it: <c>2016/17</c>, <c>2016/17-Q1</c> or <c>2016/17-M01</c>;
/// resolved against the contract's calendar, so it must lie in the term.</param>
/// <param name="Planned">Planned units; not negative.</param>
/// <param name="Actual">Actual units; not negative.</param>
public sealed record ActivityRow(
    string? Period,
    Id<Party>? Provider,
    Id<ServiceLine>? ServiceLine,
    decimal? Planned,
    decimal? Actual,
    Money? UnitPrice = null,
    Money? PlannedCost = null,
    Money? ActualCost = null) : ActualsRow;
