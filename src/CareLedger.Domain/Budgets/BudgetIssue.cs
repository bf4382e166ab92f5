using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// A problem found while computing a budget that a file check cannot see, such as a top slice larger than the
/// cells it is taken from. The budget is still computed so that the figures can be inspected.
/// </summary>
/// <param name="Year">The contract year whose budget has the problem.</param>
public sealed record BudgetIssue(ContractYear Year, string Message, SourceRef? Source);
