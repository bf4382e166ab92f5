using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Allocation;

/// <summary>One payment of the fixed element (or of another amount paid the same way).</summary>
/// <param name="Weight">The instalment's share of the year's amount before rounding (its months, or its profile share, over the year's).</param>
public sealed record Instalment(ContractPeriod Period, Money Amount, Share Weight);
