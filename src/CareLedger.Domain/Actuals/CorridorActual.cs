using CareLedger.Domain.Periods;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain.Actuals;

/// <summary>A year's actual cost for a risk corridor, and the target where the actuals carry it.</summary>
public sealed record CorridorActual(
    ContractYear Year,
    Id<RiskCorridorTerms> Corridor,
    Money ActualCost,
    Money? Target,
    SourceRef? Source = null);
