using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Allocation;

/// <summary>A provider's budget on one service line.</summary>
public sealed record ServiceLineAmount(Id<ServiceLine> ServiceLine, Money Amount);
