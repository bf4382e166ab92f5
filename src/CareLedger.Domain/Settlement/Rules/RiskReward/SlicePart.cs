using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>One party's part of a band's slice: its share in the band and the money that share comes to.</summary>
internal sealed record SlicePart(Id<Party> Party, Share Share, Money Amount, PartyShare Source);
