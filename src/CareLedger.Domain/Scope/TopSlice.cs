using CareLedger.Domain.Contracts;

namespace CareLedger.Domain.Scope;

/// <summary>
/// Money taken off the in-scope budget before it is allocated to providers, and kept by the commissioners to pay
/// for what it covers. Either a fixed amount (which may differ by year) or a share of the budget it is taken from.
/// Taken from the cells in <see cref="Scope"/> in proportion to their size.
/// </summary>
public sealed record TopSlice(
    Id<TopSlice> Id,
    string Name,
    TopSliceKind Kind,
    YearSchedule<Money>? Amount,
    YearSchedule<Percentage>? Rate,
    CellScope Scope,
    SourceRef? Source = null);
