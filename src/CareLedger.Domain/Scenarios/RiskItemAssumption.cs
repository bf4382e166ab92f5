using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Scenarios;

/// <summary>Spend on a risk/reward item each year (money, rounded to the penny), against <see cref="Planned"/> where the contract leaves the plan to the actuals.</summary>
public sealed record RiskItemAssumption(Id<RiskRewardItem> Item, ScenarioVariable Spend, Money? Planned, SourceRef? Source = null);
