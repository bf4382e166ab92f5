namespace CareLedger.Domain.Payments;

/// <summary>
/// How much of the outcome pot is at risk in a year. <see cref="AtRiskByQuarter"/> holds one share for the whole
/// year or four, one per quarter (Bedfordshire's year 2 ramps 25%, 50%, 75%, 100%). A year that is not
/// <see cref="Applied"/> is measured and reported but the pot is paid in full (Bedfordshire's year 1).
/// The part of the pot not at risk is always paid.
/// </summary>
public sealed record OutcomePhase(bool Applied, IReadOnlyList<Percentage> AtRiskByQuarter, SourceRef? Source = null)
{
    public static OutcomePhase FullyAtRisk { get; } = new(true, [Percentage.Hundred]);

    public Percentage AtRiskIn(int quarter) =>
        AtRiskByQuarter.Count == 1 ? AtRiskByQuarter[0] : AtRiskByQuarter[quarter - 1];
}
