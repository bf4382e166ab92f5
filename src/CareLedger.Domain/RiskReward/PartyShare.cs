using CareLedger.Domain.Parties;

namespace CareLedger.Domain.RiskReward;

/// <summary>A party's share of something: its influence on a risk, or its part of a band.</summary>
public sealed record PartyShare(Id<Party> Party, Share Share, SourceRef? Source = null);
