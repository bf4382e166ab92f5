namespace CareLedger.Domain.Scope;

/// <summary>
/// A service explicitly outside the contract, such as "suspected cancer" or "children's services" for an MSK
/// contract. Recorded so readers see the boundary; the money side is handled by leaving it out of the baseline
/// or by a top slice.
/// </summary>
public sealed record Exclusion(string Description, Id<ServiceLine>? ServiceLine = null);
