using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Budgets;

/// <summary>What one funder puts into a year's budget.</summary>
public sealed record FundingContribution(Id<Party> Funder, Share Share, Money Amount);
