using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Scenarios;

/// <summary>
/// What it costs a party to deliver its services: <see cref="Amount"/> in the first year, raised each later year by
/// the scenario's unit-cost inflation, and varied each year by <see cref="Variation"/> (a rate: −2% is 2% cheaper).
/// Income less this cost is the party's surplus or deficit.
/// </summary>
public sealed record CostAssumption(Id<Party> Party, Money Amount, ScenarioVariable Variation, SourceRef? Source = null);
