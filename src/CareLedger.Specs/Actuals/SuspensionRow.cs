namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of <c>suspensions</c>: the board's decision to suspend the risk/reward share for a year, for one item or
/// all of them, with its reason. Only valid under the contract's suspension clause.
/// </summary>
public sealed record SuspensionRow(string? Year, SuspendedItem? Item, string? Reason, DateOnly? Decided = null) : ActualsRow;
