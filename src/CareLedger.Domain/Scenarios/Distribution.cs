namespace CareLedger.Domain.Scenarios;

/// <summary>
/// How one uncertain input of a scenario is drawn. Parameters are doubles in the input's own unit (a rate as a
/// fraction, 2.5% = 0.025; an amount in major units; a count or measured value as written): draws are the only
/// floating point in a simulation, and every draw becomes exact money or a decimal at one named rounding point before
/// it reaches the contract. Each distribution is drawn by its inverse distribution function from one uniform, so a
/// Gaussian copula can correlate any of them.
/// </summary>
public abstract record Distribution
{
    /// <summary>The name written in a scenario file (<c>normal</c>, <c>pert</c>, ...).</summary>
    public abstract string Name { get; }

    /// <summary>The value a projection uses: the distribution's mean (Bernoulli: its probability).</summary>
    public abstract double Central { get; }

    /// <summary>True when the input never varies; a simulation draws nothing for it.</summary>
    public virtual bool IsFixed => false;
}

/// <summary>A value that does not vary.</summary>
public sealed record FixedValue(double Value) : Distribution
{
    public override string Name => "fixed";

    public override double Central => Value;

    public override bool IsFixed => true;
}

/// <summary>Normal with the stated mean and standard deviation.</summary>
public sealed record NormalDistribution(double Mean, double StandardDeviation) : Distribution
{
    public override string Name => "normal";

    public override double Central => Mean;
}

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

/// <summary>Triangular between a minimum and a maximum, most likely at the mode.</summary>
public sealed record TriangularDistribution(double Minimum, double Mode, double Maximum) : Distribution
{
    public override string Name => "triangular";

    public override double Central => (Minimum + Mode + Maximum) / 3;
}

/// <summary>PERT: a beta distribution on [minimum, maximum] with the mode weighted four times (λ = 4), mean (min + 4·mode + max) ÷ 6.</summary>
public sealed record PertDistribution(double Minimum, double Mode, double Maximum) : Distribution
{
    public override string Name => "pert";

    public override double Central => (Minimum + (4 * Mode) + Maximum) / 6;

    public double Alpha => 1 + (4 * (Mode - Minimum) / (Maximum - Minimum));

    public double Beta => 1 + (4 * (Maximum - Mode) / (Maximum - Minimum));
}

/// <summary>Uniform between a minimum and a maximum.</summary>
public sealed record UniformDistribution(double Minimum, double Maximum) : Distribution
{
    public override string Name => "uniform";

    public override double Central => (Minimum + Maximum) / 2;
}

/// <summary>1 with probability p, else 0: a milestone met or not.</summary>
public sealed record BernoulliDistribution(double Probability) : Distribution
{
    public override string Name => "bernoulli";

    public override double Central => Probability;
}

/// <summary>Resampling from past values (e.g. past actuals): each value equally likely.</summary>
public sealed record EmpiricalDistribution(IReadOnlyList<double> Values) : Distribution
{
    public override string Name => "empirical";

    public override double Central => Values.Average();
}
