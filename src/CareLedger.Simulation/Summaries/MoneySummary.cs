namespace CareLedger.Simulation.Summaries;

/// <summary>
/// The distribution of one money figure over the runs, in major units (pounds) to the penny for display: mean,
/// standard deviation and percentiles, each with its Monte Carlo standard error, and the least and greatest value.
/// These are statistics of exact settled amounts, not payments: the mean is rounded to the penny only to be shown.
/// </summary>
public sealed record MoneySummary(
    Estimate Mean,
    Estimate StandardDeviation,
    Estimate P5,
    Estimate P10,
    Estimate P50,
    Estimate P90,
    Estimate P95,
    decimal Min,
    decimal Max)
{
    /// <summary>
    /// From a tally: mean ± sd ÷ √n; sd ± sd ÷ √(2(n − 1)); a percentile q_p ± √(p(1 − p) ÷ n) ÷ f(q_p), with the density f
    /// read from the histogram around q_p.
    /// </summary>
    internal static MoneySummary Of(Tally tally)
    {
        var n = (double)tally.Count;
        var mean = (double)tally.Sum / n;
        var variance = n > 1 ? Math.Max(0, ((double)tally.SumOfSquares - (n * mean * mean)) / (n - 1)) : 0;
        var sd = Math.Sqrt(variance);
        // The exact mean from the 128-bit sum, so it reads the same on every machine.
        var exactMean = (decimal)tally.Sum / tally.Count / 100m;
        return new MoneySummary(
            new Estimate(Math.Round(exactMean, 2, MidpointRounding.AwayFromZero), Pounds(sd / Math.Sqrt(n))),
            new Estimate(Pounds(sd), n > 1 ? Pounds(sd / Math.Sqrt(2 * (n - 1))) : null),
            Percentile(tally, 0.05),
            Percentile(tally, 0.10),
            Percentile(tally, 0.50),
            Percentile(tally, 0.90),
            Percentile(tally, 0.95),
            tally.Min / 100m,
            tally.Max / 100m);
    }

    private static Estimate Percentile(Tally tally, double p)
    {
        var value = tally.Percentile(p);
        var density = tally.DensityAt(value);
        decimal? error = density > 0 ? Pounds(Math.Sqrt(p * (1 - p) / tally.Count) / density) : null;
        return new Estimate(Pounds(value), error);
    }

    private static decimal Pounds(double minorUnits) => Math.Round((decimal)minorUnits / 100m, 2, MidpointRounding.AwayFromZero);
}
