namespace CareLedger.Domain.Budgets;

/// <summary>
/// A problem found while computing a budget that a file check cannot see, such as a top slice larger than the
/// cells it is taken from. The budget is still computed so that the figures can be inspected.
/// </summary>
public sealed record BudgetIssue(string Year, string Message, SourceRef? Source);
