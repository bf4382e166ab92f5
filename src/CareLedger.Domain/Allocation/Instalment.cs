using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>One payment of the fixed element.</summary>
public sealed record Instalment(ContractPeriod Period, Money Amount);
