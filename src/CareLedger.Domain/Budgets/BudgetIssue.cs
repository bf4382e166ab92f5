using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// A problem found while computing a budget that a file check cannot see, such as a top slice larger than the
/// cells it is taken from. The budget is still computed so that the figures can be inspected.
/// </summary>
/// <param name="Year">The contract year whose budget has the problem.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Cause">
/// The contract term that caused it, by identity — a <see cref="BudgetAdjustment"/>, a <see cref="Scope.TopSlice"/>,
/// a <see cref="Scope.BaselineCell"/> or the <see cref="Scope.Baseline"/>, a <see cref="Payments.ManagementFeeTerms"/> or
/// the <see cref="Payments.FixedElementTerms"/> — so a caller that knows where each term was written can point at it;
/// null when no one term is to blame.
/// </param>
public sealed record BudgetIssue(ContractYear Year, string Message, SourceRef? Source, BudgetIssueKind Kind = BudgetIssueKind.TakesMoreThanHeld, object? Cause = null);
