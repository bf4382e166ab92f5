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
}
