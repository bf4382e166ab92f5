namespace CareLedger.Domain.Scenarios;

/// <summary>Lognormal stated by the mean and standard deviation of the value itself (not of its logarithm); always positive.</summary>
public sealed record LogNormalDistribution(double Mean, double StandardDeviation) : Distribution
{
    public override string Name => "lognormal";

    public override double Central => Mean;

    /// <summary>σ of the logarithm: √ln(1 + sd² ÷ mean²).</summary>
    public double Sigma => Math.Sqrt(Math.Log(1 + (StandardDeviation * StandardDeviation / (Mean * Mean))));

    /// <summary>μ of the logarithm: ln(mean) − σ² ÷ 2.</summary>
    public double Mu => Math.Log(Mean) - (Sigma * Sigma / 2);
}
