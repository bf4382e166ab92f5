using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Actuals;

/// <summary>
/// Planned and actual activity for one provider and service line in one period (usually a month), with the price
/// per unit where the contract takes it from the actuals (tariff) and the cost where known.
/// </summary>
public sealed record ActivityActual(
    ContractPeriod Period,
    Id<Party> Provider,
    Id<ServiceLine> ServiceLine,
    decimal PlannedActivity,
    decimal ActualActivity,
    Money? UnitPrice,
    Money? PlannedCost,
    Money? ActualCost,
    SourceRef? Source = null);
