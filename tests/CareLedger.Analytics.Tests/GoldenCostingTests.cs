using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Reporting;

namespace CareLedger.Analytics.Tests;

/// <summary>
/// Costing worked by hand for a six-row file and a five-price local list.
/// Fallbacks (activity-weighted means): elective (3×1000 + 1×2000.50) / 4 = 1250.1250;
/// outpatient (10×120.25 + 30×150) / 40 = 142.5625; A&amp;E 177.0078.
/// RX1: 1000 (AA01A) + 3×120.25 = 360.75 (WF01A) + 1250.125 (ZZ99Z unmatched) = 2610.875 → £2,610.88.
/// RX2: 2×142.5625 = 285.125 (no HRG) + 177.0078 (VB09Z) + 150 (WF01B) = 612.1328 → £612.13.
/// Whole: 3223.0078 → £3,223.01.
/// </summary>
public sealed class GoldenCostingTests
{
    public const string Prices = """
        pod,hrg,unit_cost,activity
        elective,AA01A,1000.0000,3
        elective,AA01B,2000.5000,1
        outpatient,WF01A,120.2500,10
        outpatient,WF01B,150.0000,30
        ae,VB09Z,177.0078,5

        """;

    public const string Activity = """
        patient_id,record_id,date,provider,pod,hrg,units,age,sex,diagnosis
        P1,R1,2023-04-10,RX1,elective,AA01A,1,70,M,I500
        P1,R2,2023-05-02,RX1,outpatient,WF01A,3,70,M,I500
        P2,R3,2023-05-20,RX1,elective,ZZ99Z,1,45,F,K358
        P2,R4,2023-06-01,RX2,outpatient,,2,45,F,
        P3,R5,2023-06-15,RX2,ae,VB09Z,1,8,F,S52
        P3,R6,2024-01-05,RX2,outpatient,wf01b,1,8,F,

        """;

    [Fact]
    public void Each_row_is_priced_by_its_HRG_or_its_point_of_deliverys_fallback_as_worked_by_hand()
    {
        using var workspace = new Workspace();

        var outcome = workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", Prices), workspace.Write("activity.csv", Activity));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        var costing = outcome.Costing!;
        Assert.Equal((4L, 1687.7578m), (costing.MatchedRows, costing.MatchedCost));
        Assert.Equal((2L, 1535.2500m), (costing.FallbackRows, costing.FallbackCost));
        Assert.Equal(1250.1250m, costing.Fallbacks.Single(f => f.Pod == "elective").UnitCost);
        Assert.Equal(142.5625m, costing.Fallbacks.Single(f => f.Pod == "outpatient").UnitCost);
    }

    [Fact]
    public void Spend_by_provider_is_rounded_to_the_penny_from_its_exact_total()
    {
        using var workspace = new Workspace();
        workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", Prices), workspace.Write("activity.csv", Activity));

        var report = new ReportService().Report(workspace.Store, SpendView.ProviderPod, new ReportOptions());

        var byProvider = report.Rows.GroupBy(row => row.Keys[0]).ToDictionary(g => g.Key, g => Pennies.Round(g.Sum(row => row.ExactSpend)));
        Assert.Equal(2610.88m, byProvider["RX1"]);
        Assert.Equal(612.13m, byProvider["RX2"]);
        Assert.Equal(3223.01m, report.Total);
        Assert.Equal(3223.0078m, report.ExactTotal);
    }

    [Fact]
    public void The_top_third_of_patients_by_spend_is_the_one_patient_with_the_most()
    {
        using var workspace = new Workspace();
        workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", Prices), workspace.Write("activity.csv", Activity));

        var report = new ReportService().Report(workspace.Store, SpendView.Cohort, new ReportOptions(TopPercent: 33.3m));

        // P2 costs 1250.125 + 285.125 = 1535.25, more than P1 (1360.75) and P3 (327.0078).
        var cohort = report.Rows.Single(row => row.Keys[0] == "cohort");
        Assert.Equal((1L, 2L, 1535.25m), (cohort.Patients, cohort.Records, cohort.Spend));
    }

    [Fact]
    public void The_top_patients_from_the_stored_totals_match_the_cohort_worked_out_from_the_rows()
    {
        using var workspace = new Workspace();
        workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", Prices), workspace.Write("activity.csv", Activity));
        var service = new ReportService();

        // Every row has an age of at least 0, so --min-age 0 does not narrow; it only sends the view through the rows.
        var fromTotals = service.Report(workspace.Store, SpendView.Cohort, new ReportOptions(TopPercent: 50m));
        var fromRows = service.Report(workspace.Store, SpendView.Cohort, new ReportOptions(TopPercent: 50m, MinAge: 0));

        Assert.NotEqual(fromTotals.Query, fromRows.Query);
        Assert.Equal(fromRows.Rows, fromTotals.Rows, (a, b) => a.Keys.SequenceEqual(b.Keys) && a with { Keys = b.Keys } == b);
        // Top 50% of 3 patients is 2 (rounded up): P2 1535.25 and P1 1360.75 = 2896.00; the rest is P3, 327.0078.
        Assert.Equal([2896.00m, 327.0078m], fromTotals.Rows.Select(row => row.ExactSpend));
    }

    [Fact]
    public void Spend_by_financial_year_splits_at_April()
    {
        using var workspace = new Workspace();
        workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", Prices), workspace.Write("activity.csv", Activity));

        var report = new ReportService().Report(workspace.Store, SpendView.Year, new ReportOptions());

        Assert.Equal(["2023/24"], report.Rows.Select(row => row.Keys[0]));
    }
}
