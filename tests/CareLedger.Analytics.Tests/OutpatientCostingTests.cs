using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Reporting;

namespace CareLedger.Analytics.Tests;

/// <summary>
/// HES outpatients priced by the currency FIRSTATT names, with appointments that did not take place counted and not
/// costed, worked by hand for a nine-row file and a three-price list.
/// Fallback for outpatients: (3×100 + 1×200 + 1×80) / 5 = 580 / 5 = 116.0000.
/// A1 first, seen → WF01B 200. A2 follow-up, seen → WF01A 100. A3 did not attend (3) → 0.
/// A4 first by telephone, seen late (6) → WF01D 80. A5 follow-up by telephone → WF01C, not in the list → 116.
/// A6 carries SUSHRG WF01A, which wins over FIRSTATT 1 → 100. A7 FIRSTATT 9 names no currency → 116.
/// A8 cancelled by the hospital (4) → 0. A9 arrived too late to be seen (7) → 0.
/// Matched 200 + 100 + 80 + 100 = 480 (4 rows); fallback 116 + 116 = 232 (2 rows); not attended 3 rows; whole 712.
/// By patient: P1 200 + 100 = 300; P2 80 + 116 + 100 = 296; P3 116.
/// </summary>
public sealed class OutpatientCostingTests
{
    private const string Prices = """
        pod,hrg,unit_cost,activity
        outpatient,WF01A,100.0000,3
        outpatient,WF01B,200.0000,1
        outpatient,WF01D,80.0000,1

        """;

    private const string Appointments = """
        PSEUDO_HESID,ATTENDKEY,APPTDATE,PROCODE3,SUSHRG,FIRSTATT,ATTENDED
        P1,A1,2023-04-03,RX1,,1,5
        P1,A2,2023-05-03,RX1,,2,5
        P1,A3,2023-06-03,RX1,,2,3
        P2,A4,2023-04-10,RX1,,3,6
        P2,A5,2023-04-11,RX1,,4,5
        P2,A6,2023-04-12,RX1,WF01A,1,5
        P3,A7,2023-04-13,RX1,,9,5
        P3,A8,2023-04-14,RX1,,1,4
        P3,A9,2023-04-15,RX1,,1,7

        """;

    [Fact]
    public void First_and_follow_up_attendances_are_priced_by_their_currency_and_missed_ones_cost_nothing()
    {
        using var workspace = new Workspace();

        var outcome = workspace.Import(ActivityLayout.HesOutpatient, workspace.Write("prices.csv", Prices), workspace.Write("op.csv", Appointments));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        var costing = outcome.Costing!;
        Assert.Equal((9L, 4L, 480m, 2L, 232m, 3L), (costing.Rows, costing.MatchedRows, costing.MatchedCost, costing.FallbackRows, costing.FallbackCost, costing.NotAttendedRows));
        Assert.Equal(712m, costing.TotalCost);
    }

    [Fact]
    public void Appointments_not_attended_are_reported_with_no_units_and_no_spend()
    {
        using var workspace = new Workspace();
        workspace.Import(ActivityLayout.HesOutpatient, workspace.Write("prices.csv", Prices), workspace.Write("op.csv", Appointments));

        var patients = new ReportService().Report(workspace.Store, SpendView.Patient, new ReportOptions());

        Assert.Equal(
            [("P1", 3L, 2L, 1L, 300m), ("P2", 3, 3, 0, 296m), ("P3", 3, 1, 2, 116m)],
            patients.Rows.Select(row => (row.Keys[0], row.Records, row.Units, row.NotAttended, row.Spend)));
        Assert.Equal((9L, 3L, 712m), (patients.Records, patients.NotAttended, patients.Total));
    }

    [Fact]
    public void An_attended_code_HES_does_not_define_is_reported_where_it_is()
    {
        using var workspace = new Workspace();
        var file = workspace.Write("op.csv", "PSEUDO_HESID,ATTENDKEY,APPTDATE,PROCODE3,FIRSTATT,ATTENDED\nP1,A1,2023-04-03,RX1,1,5\nP1,A2,2023-04-04,RX1,7,8\n");

        var outcome = workspace.Import(ActivityLayout.HesOutpatient, workspace.Write("prices.csv", Prices), file);

        Assert.Equal([(3L, "ATTENDED", "8"), (3L, "FIRSTATT", "7")], outcome.Problems.Select(problem => (problem.Row!.Value, problem.Column!, problem.Value!)));
    }
}
