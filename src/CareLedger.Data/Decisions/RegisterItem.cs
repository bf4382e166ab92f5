using CareLedger.Domain.RiskReward;

namespace CareLedger.Data.Decisions;

/// <summary>A risk/reward item as the board's decisions leave it: its gateway answers, whether it is included, whether it moves money, and its motions.</summary>
public sealed record RegisterItem(string ItemId, string Name, GatewayAnswers Gateway, bool Included, bool MovesMoney, IReadOnlyList<Motion> Motions);
