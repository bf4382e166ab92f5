namespace CareLedger.Domain.Scenarios;

/// <summary>PERT: a beta distribution on [minimum, maximum] with the mode weighted four times (λ = 4), mean (min + 4·mode + max) ÷ 6.</summary>
public sealed record PertDistribution(double Minimum, double Mode, double Maximum) : Distribution
{
    public override string Name => "pert";

    public override double Central => (Minimum + (4 * Mode) + Maximum) / 6;

    public double Alpha => 1 + (4 * (Mode - Minimum) / (Maximum - Minimum));

    public double Beta => 1 + (4 * (Maximum - Mode) / (Maximum - Minimum));
}
