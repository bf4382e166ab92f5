namespace CareLedger.Data.Decisions;

/// <summary>Where a motion stands under its voting rule.</summary>
public enum MotionStatus
{
    /// <summary>Not yet decided: votes are still awaited.</summary>
    Pending,

    /// <summary>Carried: it takes effect in the next settlement.</summary>
    Carried,

    /// <summary>Rejected: it can no longer carry, whatever the remaining votes.</summary>
    Rejected,
}
