namespace CareLedger.Domain.RiskReward;

/// <summary>What band boundaries measure: money, or the variance as a percentage of the item's plan.</summary>
public enum BandUnit
{
    Money,
    PercentOfPlan,
}
