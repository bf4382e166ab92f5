using CareLedger.Analytics.Costing;
using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Reporting;

namespace CareLedger.Analytics.Tests;

/// <summary>
/// Re-costing with another price list updates the stored aggregates the reports read, in the same transaction.
/// Worked by hand: every price of <see cref="GoldenCostingTests.Prices"/> doubled doubles every unit cost and every
/// fallback (elective (3×2000 + 1×4001) / 4 = 2500.25; outpatient (10×240.5 + 30×300) / 40 = 285.125), so the
/// whole is 2 × 3223.0078 = 6446.0156 → £6,446.02, and P2, the costliest patient, 2 × 1535.25 = 3070.50.
/// </summary>
public sealed class RepricingTests
{
    private const string Doubled = """
        pod,hrg,unit_cost,activity
        elective,AA01A,2000.0000,3
        elective,AA01B,4001.0000,1
        outpatient,WF01A,240.5000,10
        outpatient,WF01B,300.0000,30
        ae,VB09Z,354.0156,5

        """;

    [Fact]
    public void Reports_after_re_costing_show_the_new_prices()
    {
        using var workspace = new Workspace();
        workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", GoldenCostingTests.Prices), workspace.Write("activity.csv", GoldenCostingTests.Activity));

        var outcome = new CostingService(Workspace.Clock).Reprice(workspace.Store, new ImportFile(workspace.Write("doubled.csv", Doubled), "doubled.csv"));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        var service = new ReportService();
        var byProvider = service.Report(workspace.Store, SpendView.ProviderPod, new ReportOptions());
        Assert.Equal((6446.02m, 6446.0156m), (byProvider.Total, byProvider.ExactTotal));
        Assert.Equal(6446.0156m, byProvider.Rows.Sum(row => row.ExactSpend));
        var top = service.Report(workspace.Store, SpendView.Patient, new ReportOptions(Top: 1)).Rows.Single();
        Assert.Equal(("P2", 3070.50m), (top.Keys[0], top.Spend));
    }
}
