namespace CareLedger.Domain.Scenarios;

/// <summary>Resampling from past values (e.g. past actuals): each value equally likely.</summary>
public sealed record EmpiricalDistribution(IReadOnlyList<double> Values) : Distribution
{
    public override string Name => "empirical";

    public override double Central => Values.Average();
}
