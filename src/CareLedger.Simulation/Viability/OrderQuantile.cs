namespace CareLedger.Simulation.Viability;

/// <summary>A quantile of values kept run by run, read from their sorted order, with a standard error that assumes nothing about their distribution.</summary>
internal static class OrderQuantile
{
    /// <summary>
    /// The least value with a share <paramref name="level"/> of runs at or below it (the ⌈level × n⌉-th smallest), and
    /// its standard error from the order statistics: half the distance between the values at ranks n(level ± s),
    /// s = √(level(1 − level) ÷ n), the binomial spread of how many runs fall below the true quantile. Null when that
    /// value is +∞ (runs that never break even); the error is null when its upper rank is.
    /// </summary>
    public static (double Value, double? StandardError)? Of(double[] sorted, double level)
    {
        var n = sorted.Length;
        var rank = Math.Clamp((int)Math.Ceiling((level * n) - 1e-9) - 1, 0, n - 1);
        if (double.IsPositiveInfinity(sorted[rank]))
        {
            return null;
        }

        var s = Math.Sqrt(level * (1 - level) / n);
        var low = sorted[Math.Clamp((int)Math.Floor((level - s) * n), 0, n - 1)];
        var high = sorted[Math.Clamp((int)Math.Ceiling((level + s) * n) - 1, 0, n - 1)];
        return (sorted[rank], double.IsPositiveInfinity(high) ? null : (high - low) / 2);
    }
}
