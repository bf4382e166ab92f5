namespace CareLedger.Simulation.Viability;

/// <summary>
/// Each run's break-even contract value: the term value at which the bidder's surplus over the term in that run is
/// exactly zero. A run's surplus rises with the value (more budget, the same costs), so from the values simulated so
/// far each run's break-even lies between the highest value where it was short and the lowest where it was not; it is
/// placed by linear interpolation between them (exact where the run's income is linear in the value, as it is without a
/// cap or threshold between the two), or extrapolated from the nearest two values outside them. A run whose surplus
/// does not rise with the value never breaks even (+∞). Statistics in floating point, in minor units.
/// </summary>
internal static class BreakEvenValues
{
    public static double[] Of(IReadOnlyList<(long Value, long[] Term)> evaluated, int runs)
    {
        var points = evaluated.OrderBy(point => point.Value).ToArray();
        var breakEven = new double[runs];
        for (var run = 0; run < runs; run++)
        {
            breakEven[run] = Of(points, run);
        }

        Array.Sort(breakEven);
        return breakEven;
    }

    private static double Of((long Value, long[] Term)[] points, int run)
    {
        var first = Array.FindIndex(points, point => point.Term[run] >= 0);
        if (points.Length == 1)
        {
            return first == 0 ? points[0].Value : double.PositiveInfinity;
        }

        var (a, b) = first switch
        {
            0 => (points[0], points[1]),
            -1 => (points[^2], points[^1]),
            _ => (points[first - 1], points[first]),
        };
        var rise = (double)b.Term[run] - a.Term[run];
        if (rise <= 0)
        {
            return first >= 0 ? points[first].Value : double.PositiveInfinity;
        }

        return a.Value - (a.Term[run] * (double)(b.Value - a.Value) / rise);
    }
}
