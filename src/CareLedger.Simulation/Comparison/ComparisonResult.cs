namespace CareLedger.Simulation.Comparison;

/// <summary>
/// Contract models side by side on one scenario: every model simulated with the same seed and runs, so run r of each
/// draws the same activity, costs, indicators and spend (common random numbers) and the differences between models
/// are the mechanisms', not the draws'.
/// </summary>
public sealed record ComparisonResult(
    string Scenario,
    long Runs,
    ulong Seed,
    string Currency,
    IReadOnlyList<ComparedModel> Models);
