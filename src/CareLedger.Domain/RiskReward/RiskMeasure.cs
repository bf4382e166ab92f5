namespace CareLedger.Domain.RiskReward;

/// <summary>What the variance of a risk/reward item is measured on.</summary>
public enum RiskMeasure
{
    /// <summary>Actual spend on the item against its plan (e.g. acute activity above plan, high-cost drugs).</summary>
    SpendAgainstPlan,

    /// <summary>A prime's surplus or deficit on its fixed element (Bedfordshire's 95%).</summary>
    FixedElementSurplus,

    /// <summary>The whole contract's over- or under-spend: a full gain/loss share, against principle 4.</summary>
    WholeContract,
}
