using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Scope;

/// <summary>Current commissioner spend on one service line with one provider: the unit the budget is built from.</summary>
public sealed record BaselineCell(
    Id<ServiceLine> ServiceLine,
    Id<Party> Provider,
    Money Amount,
    SpendBasis Basis,
    string? Note = null,
    SourceRef? Source = null);
