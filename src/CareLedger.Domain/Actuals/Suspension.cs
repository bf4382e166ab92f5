using CareLedger.Domain.Periods;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Actuals;

/// <summary>
/// A decision to suspend the risk/reward share for a year under the exceptional-circumstances clause, for one item
/// or (when <see cref="Item"/> is null) for all of them, with the reason the board recorded.
/// </summary>
/// <param name="Decided">The day the board decided, when the actuals record it.</param>
public sealed record Suspension(ContractYear Year, Id<RiskRewardItem>? Item, string Reason, DateOnly? Decided, SourceRef? Source = null);
