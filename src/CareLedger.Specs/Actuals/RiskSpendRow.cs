using CareLedger.Domain;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of <c>risk_reward</c>: a year's actual spend on a risk/reward item, and its plan where the contract states
/// none (then <paramref name="Planned"/> is required). Neither may be negative.
/// </summary>
public sealed record RiskSpendRow(string? Year, Id<RiskRewardItem>? Item, Money? Planned, Money? Actual) : ActualsRow;
