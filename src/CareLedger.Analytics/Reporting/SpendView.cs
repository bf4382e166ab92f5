namespace CareLedger.Analytics.Reporting;

/// <summary>The views of spend <c>careledger activity report --by</c> offers.</summary>
public enum SpendView
{
    ProviderPod,
    Patient,
    Practice,
    AgeSex,
    Cohort,
    Year,

    /// <summary>Spend by the risk tier the workspace's last fit assigned (activity risk), patients it did not score as one line.</summary>
    RiskTier,
}
