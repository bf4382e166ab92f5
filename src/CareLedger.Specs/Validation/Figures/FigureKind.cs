namespace CareLedger.Specs.Validation.Figures;

/// <summary>What a figure measures, which decides the values that make no sense for it.</summary>
internal enum FigureKind
{
    /// <summary>Money that cannot be below zero (spend, a cap, a plan). Over £100bn is absurd.</summary>
    Amount,

    /// <summary>Money whose sign means something (an adjustment taking money away). Only its size can be absurd.</summary>
    SignedAmount,

    /// <summary>A part of a whole: a share, weight or share of contract value; 0% to 100%.</summary>
    Proportion,

    /// <summary>A rate with no natural end below 1,000% (a price multiplier, a cap as a rate of a base); not below zero.</summary>
    Rate,

    /// <summary>A number of people in a band or cohort; not below zero, nor over 100 million.</summary>
    Headcount,

    /// <summary>The size of the whole population: not below zero, and zero is absurd.</summary>
    PopulationSize,

    /// <summary>A metric's baseline or target, in its own unit; either sign. Only its size can be absurd.</summary>
    Measure,
}
