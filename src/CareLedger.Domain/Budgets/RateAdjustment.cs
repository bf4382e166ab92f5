using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Budgets;

/// <summary>A percentage change to the cells in scope: inflation, efficiency, growth, population growth, demography, savings.</summary>
public sealed record RateAdjustment(
    string Name,
    AdjustmentKind Kind,
    Percentage Rate,
    YearSelector Years,
    CellScope Scope,
    SourceRef? Source = null)
    : BudgetAdjustment(Name, Years, Scope, Source);
