namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// The outcome of measuring an item's variance: the variance, or why it could not be measured this year (a missing
/// plan or actual, no prime to bear a surplus). A missing figure is an expected business outcome, so it is returned
/// and shown as a settlement note, never thrown.
/// </summary>
internal sealed record MeasurementResult(MeasuredVariance? Variance, string? Problem, SourceRef? Source)
{
    public static MeasurementResult Measured(MeasuredVariance variance) => new(variance, null, null);

    public static MeasurementResult NotMeasured(string problem, SourceRef? source) => new(null, problem, source);
}
