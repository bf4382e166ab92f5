using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// A cash change to the cells in scope, such as a £2m QIPP saving or an agreed investment; spread over the cells
/// in proportion to their size.
/// </summary>
public sealed record AmountAdjustment(
    string Name,
    AdjustmentKind Kind,
    Money Amount,
    YearSelector Years,
    CellScope Scope,
    SourceRef? Source = null)
    : BudgetAdjustment(Name, Years, Scope, Source);
