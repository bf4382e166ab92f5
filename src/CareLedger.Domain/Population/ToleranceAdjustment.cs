namespace CareLedger.Domain.Population;

/// <summary>Once actual growth leaves the tolerance, how much of the difference is funded.</summary>
public enum ToleranceAdjustment
{
    /// <summary>Only the growth beyond the tolerance band is adjusted for.</summary>
    ExcessOnly,

    /// <summary>The whole difference from the projection is adjusted for.</summary>
    WholeDifference,
}
