namespace CareLedger.Domain.Population;

/// <summary>
/// The population-growth tolerance rule (Cambridgeshire): if actual growth differs from the projection by more
/// than <see cref="Band"/> (percentage points), the budget is adjusted by the heads outside the band at the
/// year's cost per head (or <see cref="PricePerHead"/> where the contract fixes one).
/// </summary>
public sealed record GrowthTolerance(
    Percentage Band,
    ToleranceAdjustment Adjustment,
    Money? PricePerHead = null,
    SourceRef? Source = null);
