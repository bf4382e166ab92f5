namespace CareLedger.Reports.Model;

/// <summary>
/// What every export carries so that a page printed or forwarded on its own still says where its figures came from:
/// the report's title, the contract's name and the version the figures were worked from, and the period (or year).
/// </summary>
public sealed record ReportHeading(string Title, string ContractName, long ContractVersion, string Period)
{
    /// <summary>One line naming all three, e.g. "Mid-Nottinghamshire alliance · version 3 · 2016/17-Q1".</summary>
    public string Summary => $"{ContractName} · version {ContractVersion} · {Period}";
}
