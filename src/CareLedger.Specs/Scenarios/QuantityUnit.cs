namespace CareLedger.Specs.Scenarios;

/// <summary>What an uncertain input measures, which decides how its parameters are written and read.</summary>
internal enum QuantityUnit
{
    /// <summary>A rate written with % (2.5%), drawn as a fraction (0.025).</summary>
    Rate,

    /// <summary>Money in the contract's currency (£51m), drawn in major units.</summary>
    Amount,

    /// <summary>A plain number (a metric's measured value).</summary>
    Number,

    /// <summary>A milestone: only a Bernoulli probability.</summary>
    Milestone,
}
