using CareLedger.Domain.Scenarios;
using MathNet.Numerics.Distributions;

namespace CareLedger.Simulation.Draws;

/// <summary>
/// Each distribution's value at a probability (its inverse distribution function), and at a standard normal z for the
/// two that are functions of a normal. Drawing by inversion lets a Gaussian copula correlate any distribution: the
/// correlated z becomes a probability Φ(z), and the probability the value.
/// </summary>
internal static class Quantiles
{
    /// <summary>The value at probability <paramref name="u"/> in (0, 1).</summary>
    public static double At(Distribution distribution, double u) => distribution switch
    {
        FixedValue fixedValue => fixedValue.Value,
        NormalDistribution normal => normal.Mean + (normal.StandardDeviation * StandardNormal.Quantile(u)),
        LogNormalDistribution log => Math.Exp(log.Mu + (log.Sigma * StandardNormal.Quantile(u))),
        TriangularDistribution triangle => Triangular(triangle, u),
        PertDistribution pert => pert.Minimum + ((pert.Maximum - pert.Minimum) * Beta.InvCDF(pert.Alpha, pert.Beta, u)),
        UniformDistribution uniform => uniform.Minimum + ((uniform.Maximum - uniform.Minimum) * u),
        BernoulliDistribution bernoulli => u < bernoulli.Probability ? 1 : 0,
        EmpiricalDistribution empirical => empirical.Values[Math.Min((int)(u * empirical.Values.Count), empirical.Values.Count - 1)],
        _ => throw new ArgumentOutOfRangeException(nameof(distribution), distribution, "Unknown distribution."),
    };

    /// <summary>The value at a standard normal <paramref name="z"/>: directly for normal and lognormal, else at Φ(z).</summary>
    public static double AtNormal(Distribution distribution, double z) => distribution switch
    {
        NormalDistribution normal => normal.Mean + (normal.StandardDeviation * z),
        LogNormalDistribution log => Math.Exp(log.Mu + (log.Sigma * z)),
        _ => At(distribution, Math.Clamp(Normal.CDF(0, 1, z), 1e-16, 1 - 1e-16)),
    };

    private static double Triangular(TriangularDistribution t, double u)
    {
        var width = t.Maximum - t.Minimum;
        var split = (t.Mode - t.Minimum) / width;
        return u < split
            ? t.Minimum + Math.Sqrt(u * width * (t.Mode - t.Minimum))
            : t.Maximum - Math.Sqrt((1 - u) * width * (t.Maximum - t.Mode));
    }
}
