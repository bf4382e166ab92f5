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
