namespace CareLedger.Domain.Budgets;

/// <summary>What is wrong with a budget a <see cref="BudgetIssue"/> reports.</summary>
public enum BudgetIssueKind
{
    /// <summary>A step takes more than the cells it is taken from hold (a top slice, a saving, a shift), so they would go below zero.</summary>
    TakesMoreThanHeld,

    /// <summary>A shift has no source cells in a year, so nothing could be moved.</summary>
    NothingToTakeFrom,

    /// <summary>A step would take the budget beyond <see cref="BudgetEngine.LargestBudget"/>; it is left out of the year.</summary>
    TooLarge,

    /// <summary>A provider's other elements add to more than its contract value, leaving a negative fixed element.</summary>
    ElementsExceedValue,
}
