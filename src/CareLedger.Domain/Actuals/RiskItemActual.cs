using CareLedger.Domain.Periods;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Actuals;

/// <summary>Spend on a risk/reward item in a year against its plan (the plan may come from the contract instead).</summary>
public sealed record RiskItemActual(
    ContractYear Year,
    Id<RiskRewardItem> Item,
    Money? Planned,
    Money Actual,
    SourceRef? Source = null);
