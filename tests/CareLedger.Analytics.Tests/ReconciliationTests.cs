using System.Globalization;
using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Reporting;

namespace CareLedger.Analytics.Tests;

/// <summary>
/// Costing reconciles: total cost = Σ units × unit cost over every row, by provider and overall, to the penny; and
/// each fallback is the activity-weighted mean worked out here, independently, from the National Cost Collection file.
/// </summary>
public sealed class ReconciliationTests
{
    [Fact]
    public void Spend_by_provider_and_overall_equals_units_times_unit_cost_summed_row_by_row()
    {
        using var workspace = new Workspace();
        var ncc = SharedData.Nhs("national_cost_collection_2023_24.csv");
        Assert.True(workspace.Import(ActivityLayout.HesAdmitted, ncc, SharedData.Nhs("artificial_hes_apc_sample.csv")).Succeeded);
        Assert.True(workspace.Import(ActivityLayout.HesOutpatient, null, SharedData.Nhs("artificial_hes_op_sample.csv")).Succeeded);
        Assert.True(workspace.Import(ActivityLayout.HesAccidentAndEmergency, null, SharedData.Nhs("artificial_hes_ae_sample.csv")).Succeeded);

        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using (var command = workspace.Store.Command("SELECT provider, units, unit_cost FROM activity"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                expected[reader.GetString(0)] = expected.GetValueOrDefault(reader.GetString(0)) + reader.GetInt32(1) * reader.GetDecimal(2);
            }
        }

        var report = new ReportService().Report(workspace.Store, SpendView.ProviderPod, new ReportOptions());
        var actual = report.Rows.GroupBy(row => row.Keys[0]).ToDictionary(g => g.Key, g => g.Sum(row => row.ExactSpend));
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, pair => Assert.Equal(Pennies.Round(pair.Value), Pennies.Round(actual[pair.Key])));
        Assert.Equal(Pennies.Round(expected.Values.Sum()), report.Total);
        Assert.Equal(4075, report.Records);
    }

    [Fact]
    public void Each_fallback_is_the_points_of_deliverys_activity_weighted_mean_from_the_schedule()
    {
        using var workspace = new Workspace();
        var ncc = SharedData.Nhs("national_cost_collection_2023_24.csv");
        var outcome = workspace.Import(ActivityLayout.HesAccidentAndEmergency, ncc, SharedData.Nhs("artificial_hes_ae_sample.csv"));

        var (cost, activity) = (0m, 0L);
        foreach (var line in File.ReadLines(ncc).Where(line => line.StartsWith("Emergency Care,", StringComparison.Ordinal)))
        {
            // Emergency Care rows end "...,Activity,Unit cost,Cost"; their descriptions may hold quoted commas.
            var cells = line.Split(',');
            var units = long.Parse(cells[^3], CultureInfo.InvariantCulture);
            (cost, activity) = (cost + units * decimal.Parse(cells[^2], CultureInfo.InvariantCulture), activity + units);
        }

        var fallback = outcome.Costing!.Fallbacks.Single(f => f.Pod == "ae");
        Assert.Equal(decimal.Round(cost / activity, 4, MidpointRounding.AwayFromZero), fallback.UnitCost);
        Assert.Equal(1000 * fallback.UnitCost, outcome.Costing.FallbackCost);
    }
}
