using CareLedger.Analytics.Importing;

namespace CareLedger.Analytics.Tests;

/// <summary>The three artificial HES samples, in the real national column layout, import whole and are all costed.</summary>
public sealed class HesImportTests
{
    private static readonly string Ncc = SharedData.Nhs("national_cost_collection_2023_24.csv");

    [Theory]
    [InlineData(ActivityLayout.HesAdmitted, "artificial_hes_apc_sample.csv", 2075)]
    [InlineData(ActivityLayout.HesOutpatient, "artificial_hes_op_sample.csv", 1000)]
    [InlineData(ActivityLayout.HesAccidentAndEmergency, "artificial_hes_ae_sample.csv", 1000)]
    public void A_HES_sample_imports_every_row_and_costs_every_one(ActivityLayout layout, string file, long rows)
    {
        using var workspace = new Workspace();

        var outcome = workspace.Import(layout, Ncc, SharedData.Nhs(file));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems.Take(20)));
        Assert.Equal(rows, outcome.Imported.Single().Rows);
        Assert.Equal(rows, outcome.Costing!.Rows);
        Assert.Equal(rows, outcome.Costing.MatchedRows + outcome.Costing.FallbackRows + outcome.Costing.NotAttendedRows);
        Assert.True(outcome.Costing.TotalCost > 0);
    }

    [Fact]
    public void The_outpatient_samples_appointments_that_did_not_take_place_are_counted_and_cost_nothing()
    {
        using var workspace = new Workspace();

        var outcome = workspace.Import(ActivityLayout.HesOutpatient, Ncc, SharedData.Nhs("artificial_hes_op_sample.csv"));

        // The sample's ATTENDED column holds 3 (did not attend) 91 times, 4 (cancelled by the hospital) 51 times and
        // 2 (cancelled by the patient) 40 times: 182 appointments that did not take place. Its FIRSTATT holds 9 (not
        // known) 29 times; those that were attended take the outpatient fallback, the rest are priced WF01A or WF01B.
        Assert.Equal(182, outcome.Costing!.NotAttendedRows);
        Assert.True(outcome.Costing.MatchedRows > 0);
        Assert.True(outcome.Costing.FallbackRows <= 29);
    }

    [Fact]
    public void All_three_samples_import_together_in_one_store()
    {
        using var workspace = new Workspace();

        Assert.True(workspace.Import(ActivityLayout.HesAdmitted, Ncc, SharedData.Nhs("artificial_hes_apc_sample.csv")).Succeeded);
        Assert.True(workspace.Import(ActivityLayout.HesOutpatient, null, SharedData.Nhs("artificial_hes_op_sample.csv")).Succeeded);
        var last = workspace.Import(ActivityLayout.HesAccidentAndEmergency, null, SharedData.Nhs("artificial_hes_ae_sample.csv"));

        Assert.True(last.Succeeded, string.Join("\n", last.Problems));
        Assert.Equal(4075, last.Costing!.Rows);
    }

    [Fact]
    public void The_same_file_twice_is_recognised_and_not_imported_again()
    {
        using var workspace = new Workspace();
        var sample = SharedData.Nhs("artificial_hes_ae_sample.csv");
        Assert.True(workspace.Import(ActivityLayout.HesAccidentAndEmergency, Ncc, sample).Succeeded);

        var again = workspace.Import(ActivityLayout.HesAccidentAndEmergency, null, sample);

        Assert.False(again.Succeeded);
        Assert.Contains("already imported (import 1", again.Problems.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(1000, Costing.CostingService.Summarise(workspace.Store).Rows);
    }

    [Fact]
    public void A_file_in_another_layout_is_refused_naming_the_missing_columns()
    {
        using var workspace = new Workspace();

        var outcome = workspace.Import(ActivityLayout.HesAdmitted, Ncc, SharedData.Nhs("artificial_hes_op_sample.csv"));

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, problem => problem.Column == "EPIKEY" && problem.Reason.Contains("missing from the header", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_price_list_the_first_import_is_refused_saying_how_to_give_one()
    {
        using var workspace = new Workspace();

        var outcome = workspace.Import(ActivityLayout.HesOutpatient, null, SharedData.Nhs("artificial_hes_op_sample.csv"));

        Assert.Contains("--prices", outcome.Problems.Single().Reason, StringComparison.Ordinal);
    }
}
