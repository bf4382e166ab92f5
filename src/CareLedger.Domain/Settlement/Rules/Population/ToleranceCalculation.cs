using CareLedger.Domain.Population;

namespace CareLedger.Domain.Settlement.Rules.Population;

/// <summary>
/// The population-growth tolerance test for one year, in heads. Actual growth a = (actual − previous) ÷ previous;
/// the difference from the projection g is d = a − g (percentage points). Multiplying through by the previous
/// year's heads keeps every test exact: d × previous = actual − previous × (1 + g) (<see cref="Deviation"/>), and
/// |d| ≤ band ⇔ |deviation| ≤ band × previous, so no rate is ever divided out and rounded before a decision.
/// </summary>
/// <remarks>
/// Outside the tolerance the heads to adjust for are d × previous (whole difference) or sign(d) × (|d| − band) ×
/// previous (excess only), <b>rounded to whole people, halves away from zero</b> — the rule
/// <see cref="PopulationDefinition.ProjectedSize"/> uses for projected heads.
/// </remarks>
/// <param name="PreviousHeads">The previous year's counted heads, or its projected heads when it was not counted.</param>
/// <param name="ExpectedHeads">Previous × (1 + projected growth), exact (not rounded to people).</param>
/// <param name="Deviation">Actual − expected heads, exact: the difference d in heads.</param>
/// <param name="BandHeads">The tolerance band in heads: band × previous, exact.</param>
/// <param name="ExactHeads">Heads to adjust for before rounding; zero within the tolerance.</param>
/// <param name="Heads">Heads to adjust for, rounded to whole people; negative when growth fell short.</param>
internal sealed record ToleranceCalculation(
    int PreviousHeads,
    int ActualHeads,
    Percentage ProjectedGrowth,
    GrowthTolerance Tolerance,
    decimal ExpectedHeads,
    decimal Deviation,
    decimal BandHeads,
    decimal ExactHeads,
    int Heads)
{
    /// <summary>True when the difference from the projection is no more than the band either way (the band's edge is inside).</summary>
    public bool IsWithinTolerance => Math.Abs(Deviation) <= BandHeads;

    /// <summary>(actual − previous) ÷ previous, shown to four decimal places of a percent.</summary>
    public Percentage ActualGrowthShown => Shown((decimal)(ActualHeads - PreviousHeads) / PreviousHeads);

    /// <summary>Actual growth − projected growth in percentage points, shown to four decimal places.</summary>
    public Percentage DifferenceShown => Shown(Deviation / PreviousHeads);

    public static ToleranceCalculation Compute(int previousHeads, int actualHeads, Percentage projectedGrowth, GrowthTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(tolerance);
        if (previousHeads <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(previousHeads), previousHeads, "Growth is measured against a positive number of heads.");
        }

        var expected = previousHeads * (1m + projectedGrowth.Fraction);
        var deviation = actualHeads - expected;
        var band = previousHeads * tolerance.Band.Fraction;
        decimal exact;
        if (Math.Abs(deviation) <= band)
        {
            exact = 0m;
        }
        else if (tolerance.Adjustment == ToleranceAdjustment.WholeDifference)
        {
            exact = deviation;
        }
        else
        {
            exact = Math.Sign(deviation) * (Math.Abs(deviation) - band);
        }

        var heads = (int)decimal.Round(exact, 0, MidpointRounding.AwayFromZero);
        return new ToleranceCalculation(previousHeads, actualHeads, projectedGrowth, tolerance, expected, deviation, band, exact, heads);
    }

    private static Percentage Shown(decimal fraction) => Percentage.FromFraction(DisplayRounding.Round(fraction, 6));
}
