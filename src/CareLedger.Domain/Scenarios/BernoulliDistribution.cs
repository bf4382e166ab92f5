namespace CareLedger.Domain.Scenarios;

/// <summary>1 with probability p, else 0: a milestone met or not.</summary>
public sealed record BernoulliDistribution(double Probability) : Distribution
{
    public override string Name => "bernoulli";

    public override double Central => Probability;
}
