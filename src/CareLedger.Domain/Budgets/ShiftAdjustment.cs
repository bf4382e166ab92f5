using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Budgets;

/// <summary>
/// A planned move of spend between service lines or providers (acute → community). Money leaves the cells in
/// <see cref="BudgetAdjustment.Scope"/> in proportion to their size and arrives in one target cell; the budget
/// total does not change. Either a fixed amount or a rate of the source cells.
/// </summary>
public sealed record ShiftAdjustment(
    string Name,
    Money? Amount,
    Percentage? Rate,
    Id<ServiceLine> ToServiceLine,
    Id<Party> ToProvider,
    YearSelector Years,
    CellScope Scope,
    SourceRef? Source = null)
    : BudgetAdjustment(Name, Years, Scope, Source);
