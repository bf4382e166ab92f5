namespace CareLedger.Domain.Scope;

/// <summary>
/// A line of commissioner spend, such as elective care or prescribing. Lines out of scope stay visible in the
/// baseline (the Mid-Notts capitation model lists spend in and out of scope) but never reach the budget.
/// </summary>
public sealed record ServiceLine(Id<ServiceLine> Id, string Name, bool InScope, string? Note = null);
