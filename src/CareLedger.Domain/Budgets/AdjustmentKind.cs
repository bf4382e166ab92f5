namespace CareLedger.Domain.Budgets;

/// <summary>The kinds of yearly change to a budget. The kind decides the direction a positive rate moves money.</summary>
public enum AdjustmentKind
{
    /// <summary>Cost uplift; a positive rate adds.</summary>
    Inflation,

    /// <summary>An efficiency deflator; a positive rate takes away.</summary>
    Efficiency,

    /// <summary>Projected growth in the population; a positive rate adds.</summary>
    PopulationGrowth,

    /// <summary>Change in need from the population's changing make-up; a positive rate adds.</summary>
    Demography,

    /// <summary>An explicit growth rate agreed in the contract (Bedfordshire's ~1.3% a year); a positive rate adds.</summary>
    Growth,

    /// <summary>A savings target (QIPP); a positive rate or amount takes away.</summary>
    Savings,
}

public static class AdjustmentKindExtensions
{
    /// <summary>+1 when a positive rate or amount adds money to the budget, −1 when it takes money away.</summary>
    public static int Direction(this AdjustmentKind kind) =>
        kind is AdjustmentKind.Efficiency or AdjustmentKind.Savings ? -1 : 1;

    /// <summary>The name used in contract files and budget steps (<see cref="SpecWords.AdjustmentKind"/>).</summary>
    public static string ToSpecName(this AdjustmentKind kind) => SpecWords.AdjustmentKind.WordFor(kind);
}
