using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Scenarios;

/// <summary>
/// Activity for the budget cells of a provider (or every provider) and a service line (or every line): the plan per
/// cell in the first year, its planned growth and price uplift each later year, and how far actual activity strays
/// from plan (<see cref="Volume"/>, a rate: +3% is 3% above plan). One draw per year is shared by every cell the
/// assumption covers; a shift from acute to community is two assumptions drawn with a negative correlation.
/// </summary>
public sealed record ActivityAssumption(
    Id<Party>? Provider,
    Id<ServiceLine>? ServiceLine,
    decimal Planned,
    Money UnitPrice,
    Percentage PlannedGrowth,
    Percentage PriceGrowth,
    ScenarioVariable Volume,
    SourceRef? Source = null);
