namespace CareLedger.Data.Decisions;

/// <summary>What a motion decides.</summary>
public enum MotionKind
{
    /// <summary>One of the gateway's three questions for a risk/reward item.</summary>
    Gateway,

    /// <summary>Whether an item that passed the gateway is included in sharing (or taken out again).</summary>
    Include,

    /// <summary>Suspending the risk/reward share for a year, for one item or all, in exceptional circumstances.</summary>
    Suspension,
}
