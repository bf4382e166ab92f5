using CareLedger.Analytics.Costing;
using CareLedger.Analytics.Importing;

namespace CareLedger.Analytics.Tests;

/// <summary>Every kind of bad row is reported with its row, column, value and reason, and nothing is loaded.</summary>
public sealed class BadInputTests
{
    private const string Header = "patient_id,record_id,date,provider,pod,hrg,units,age,sex,service_line\n";

    [Fact]
    public void Each_bad_cell_is_reported_where_it_is_and_nothing_is_imported()
    {
        using var workspace = new Workspace();
        var file = workspace.Write("bad.csv", Header + """
            P1,R1,2023-04-10,RX1,elective,AA01A,1,70,M,elective
            ,R2,2023-04-10,RX1,elective,AA01A,1,70,M,
            P3,R3,2023-13-45,RX1,elective,AA01A,1,70,M,
            P4,R4,2023-04-10,RX1,surgery,AA01A,1,70,M,
            P5,R5,2023-04-10,RX1,elective,AA01A,two,70,M,
            P6,R6,2023-04-10,RX1,elective,AA01A,1,250,M,
            P7,R7,2023-04-10,RX1,elective,AA01A,1,70,X,
            P8,R8,2023-04-10,RX1,elective,AA01A,1,70,M,Elective Care
            P9,R9,2023-04-10,,elective,AA01A,1,70,M,

            """);

        var outcome = workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", GoldenCostingTests.Prices), file);

        Assert.False(outcome.Succeeded);
        Assert.Equal(
            [(3L, "patient_id", ""), (4, "date", "2023-13-45"), (5, "pod", "surgery"), (6, "units", "two"), (7, "age", "250"), (8, "sex", "X"), (9, "service_line", "Elective Care"), (10, "provider", "")],
            outcome.Problems.Select(problem => (problem.Row!.Value, problem.Column!, problem.Value!)));
        Assert.All(outcome.Problems, problem => Assert.False(string.IsNullOrWhiteSpace(problem.Reason)));
        Assert.Equal(0, CostingService.Summarise(workspace.Store).Rows);
        Assert.Empty(CostingService.Summarise(workspace.Store).Fallbacks);
    }

    [Fact]
    public void Rows_with_too_few_or_too_many_cells_or_a_broken_quote_are_reported_by_line()
    {
        using var workspace = new Workspace();
        var file = workspace.Write("ragged.csv", Header + """
            P1,R1,2023-04-10,RX1,elective,AA01A,1,70,M,elective
            P2,R2,2023-04-10,RX1,elective
            P3,R3,2023-04-10,RX1,elective,AA01A,1,70,M,elective,extra
            P4,R4,2023-04-10,RX1,elective,AA01A,1,70,M,elective

            """);

        var outcome = workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", GoldenCostingTests.Prices), file);

        Assert.Equal([3L, 4L], outcome.Problems.Select(problem => problem.Row!.Value));
        Assert.Equal(0, CostingService.Summarise(workspace.Store).Rows);
    }

    [Fact]
    public void A_truncated_file_is_reported_as_cut_short_at_its_last_row()
    {
        using var workspace = new Workspace();
        var file = workspace.Write("cut.csv", Header + "P1,R1,2023-04-10,RX1,elective,AA01A,1,70,M,elective\nP2,R2,2023-04-1");

        var outcome = workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", GoldenCostingTests.Prices), file);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(3L, problem.Row);
        Assert.Contains("truncated", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(outcome.Warnings, warning => warning.Contains("does not end with a line break", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_bad_rows_are_all_counted_and_listed()
    {
        using var workspace = new Workspace();
        var rows = string.Concat(Enumerable.Range(1, 120).Select(i => $"P{i},R{i},not-a-date,RX1,elective,AA01A,1,70,M,\n"));
        var outcome = workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", GoldenCostingTests.Prices), workspace.Write("many.csv", Header + rows));

        Assert.Equal(120, outcome.ProblemCount);
        Assert.Equal(120, outcome.Problems.Count);
        Assert.Equal(Enumerable.Range(2, 120).Select(i => (long)i), outcome.Problems.Select(problem => problem.Row!.Value));
    }

    [Fact]
    public void A_file_that_does_not_exist_is_one_clear_problem()
    {
        using var workspace = new Workspace();

        var outcome = workspace.Import(ActivityLayout.Generic, null, "/nonexistent/activity.csv");

        Assert.Contains("does not exist", outcome.Problems.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_list_with_a_bad_amount_or_a_repeated_price_is_refused_row_by_row()
    {
        using var workspace = new Workspace();
        var prices = workspace.Write("prices.csv", "pod,hrg,unit_cost\nelective,AA01A,12.34567\nelective,AA01B,10\nelective,AA01B,11\nward,X,1\n");

        var outcome = workspace.Import(ActivityLayout.Generic, prices, workspace.Write("a.csv", Header + "P1,R1,2023-04-10,RX1,elective,AA01A,1,70,M,\n"));

        Assert.Equal([(2L, "unit_cost"), (4, "hrg"), (5, "pod")], outcome.Problems.Select(problem => (problem.Row!.Value, problem.Column!)));
    }
}
