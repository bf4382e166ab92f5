namespace CareLedger.Domain.SharedSavings;

/// <summary>The downside of a two-sided shared-savings arrangement: the loss rate and the cap on losses (a share of the benchmark).</summary>
public sealed record LossSharing(
    LossRateRule Rule,
    Percentage? FlatRate,
    Percentage? Floor,
    Percentage? Ceiling,
    Percentage? Cap,
    SourceRef? Source = null);
