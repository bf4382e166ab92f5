namespace CareLedger.Domain.Scenarios;

/// <summary>Normal with the stated mean and standard deviation.</summary>
public sealed record NormalDistribution(double Mean, double StandardDeviation) : Distribution
{
    public override string Name => "normal";

    public override double Central => Mean;
}
