using CareLedger.Simulation.Draws;
using MathNet.Numerics.Distributions;

namespace CareLedger.Simulation.Tests;

/// <summary>The fast normal quantile (AS 241) against known values and against MathNet's inverse of the error function.</summary>
public sealed class StandardNormalTests
{
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.025, -1.959963984540054)]
    [InlineData(0.8413447460685429, 1.0)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Known_quantiles_are_reproduced_to_twelve_places(double p, double z) =>
        Assert.Equal(z, StandardNormal.Quantile(p), 12);

    [Fact]
    public void Quantiles_across_the_open_interval_agree_with_MathNet_to_within_1e_minus_13()
    {
        for (var i = 1; i < 100_000; i++)
        {
            var p = i / 100_000.0;
            var expected = Normal.InvCDF(0, 1, p);
            Assert.True(Math.Abs(expected - StandardNormal.Quantile(p)) <= 1e-13 * Math.Max(1, Math.Abs(expected)), $"p = {p}");
        }

        foreach (var p in new[] { 1e-300, 1e-100, 1e-20, 1 - 1e-16 })
        {
            var expected = Normal.InvCDF(0, 1, p);
            Assert.True(Math.Abs(expected - StandardNormal.Quantile(p)) <= 1e-12 * Math.Abs(expected), $"p = {p}");
        }
    }
}
