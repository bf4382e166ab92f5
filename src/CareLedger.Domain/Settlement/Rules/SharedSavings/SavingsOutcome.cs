namespace CareLedger.Domain.Settlement.Rules.SharedSavings;

/// <summary>Which way a year's shared-savings settlement went; every outcome except the two "shared" ones moves no money.</summary>
internal enum SavingsOutcome
{
    /// <summary>Savings reached the minimum savings rate: the payer pays the entity its share.</summary>
    SavingsShared,

    /// <summary>Savings, but the savings rate is below the minimum savings rate: nothing is shared.</summary>
    SavingsBelowMinimum,

    /// <summary>A loss reached the minimum loss rate on a two-sided track: the entity pays the payer its share.</summary>
    LossShared,

    /// <summary>A loss below the minimum loss rate on a two-sided track: nothing is owed.</summary>
    LossBelowMinimum,

    /// <summary>A loss on a one-sided track: losses are not shared.</summary>
    LossNotShared,

    /// <summary>Expenditure equals the benchmark exactly.</summary>
    BreakEven,
}
