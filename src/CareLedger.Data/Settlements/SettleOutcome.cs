namespace CareLedger.Data.Settlements;

/// <summary>What became of a request to settle a period.</summary>
public enum SettleOutcome
{
    /// <summary>A new run was stored (the first, or one that supersedes a run on different inputs).</summary>
    Settled,

    /// <summary>Nothing had changed since the latest run on the same inputs: that run is returned, nothing stored.</summary>
    Unchanged,

    /// <summary>The period could not be settled: the diagnostics or the problem say why; nothing stored.</summary>
    Refused,
}
