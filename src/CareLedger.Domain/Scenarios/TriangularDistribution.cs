namespace CareLedger.Domain.Scenarios;

/// <summary>Triangular between a minimum and a maximum, most likely at the mode.</summary>
public sealed record TriangularDistribution(double Minimum, double Mode, double Maximum) : Distribution
{
    public override string Name => "triangular";

    public override double Central => (Minimum + Mode + Maximum) / 3;
}
