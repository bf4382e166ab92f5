using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;

namespace CareLedger.Domain.RiskReward;

/// <summary>The most a participant can gain or lose on an item: money, or a rate of its contract value. Any excess stays where it fell.</summary>
public sealed record ParticipantCap(Id<Party> Party, Limit Limit, SourceRef? Source = null);
