using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Scenarios;

/// <summary>The actual cost measured by a risk corridor each year (money, rounded to the penny).</summary>
public sealed record CorridorAssumption(Id<RiskCorridorTerms> Corridor, ScenarioVariable Cost, SourceRef? Source = null);
