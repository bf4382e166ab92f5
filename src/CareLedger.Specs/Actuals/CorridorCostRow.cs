using CareLedger.Domain;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of <c>corridors</c>: a year's actual cost under a risk corridor, and optionally the target that replaces
/// the contract's. Neither may be negative; the corridor must apply in the year.
/// </summary>
public sealed record CorridorCostRow(string? Year, Id<RiskCorridorTerms>? Corridor, Money? ActualCost, Money? Target = null) : ActualsRow;
