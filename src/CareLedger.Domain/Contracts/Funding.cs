namespace CareLedger.Domain.Contracts;

/// <summary>
/// Who pays for the budget. In a pooled budget the commissioners contribute agreed shares of every year's budget
/// (Salford: two-thirds CCG, one-third council); otherwise a single commissioner funds it all.
/// </summary>
public sealed record Funding(bool Pooled, IReadOnlyList<FundingShare> Shares);
