namespace CareLedger.Analytics.Capitation;

/// <summary>
/// One component's figures for a place. The need index is the place's weighted heads per registered head divided by
/// the same ratio for the reference (its ICB, or England): 1.10 means the place needs 10% more per head. Ratios are
/// statistics; they are shown rounded for reading and never feed money (fair shares use the weighted heads directly).
/// </summary>
public sealed record ComponentLine(CapitationComponent Component, decimal Weighted, decimal PerHead, decimal IndexVsIcb, decimal IndexVsEngland);
