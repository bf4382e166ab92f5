using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Simulation.Model;

/// <summary>
/// One budget cell's activity under a scenario: its plan and price for each contract year (rounded when compiled: the
/// plan to hundredths of a unit, the price to the penny, half away from zero) and the activity assumption whose draw moves it.
/// </summary>
internal sealed record ActivityCell(Id<Party> Provider, Id<ServiceLine> ServiceLine, int Assumption, decimal[] PlannedByYear, Money[] PriceByYear);
