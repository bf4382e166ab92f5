using CareLedger.Domain;
using CareLedger.Domain.Parties;

namespace CareLedger.Application.Documents;

/// <summary>What one funder puts into a year's budget, and its share of the pool.</summary>
public sealed record FundingDocument(Id<Party> Funder, Share Share, Money Amount);
