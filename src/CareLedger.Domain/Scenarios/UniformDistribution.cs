namespace CareLedger.Domain.Scenarios;

/// <summary>Uniform between a minimum and a maximum.</summary>
public sealed record UniformDistribution(double Minimum, double Maximum) : Distribution
{
    public override string Name => "uniform";

    public override double Central => (Minimum + Maximum) / 2;
}
