using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Contracts;

public sealed record FundingShare(Id<Party> Funder, Share Share, SourceRef? Source = null);
