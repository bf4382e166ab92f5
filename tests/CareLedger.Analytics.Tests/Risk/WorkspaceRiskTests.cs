using CareLedger.Analytics.Contracts;
using CareLedger.Analytics.Reporting;
using CareLedger.Analytics.Risk;
using CareLedger.Analytics.RiskTiers;

namespace CareLedger.Analytics.Tests.Risk;

/// <summary>
/// The risk model fitted on a workspace's own linked activity: the years it chose, the tiers it stored (sizes worked by
/// hand), spend by tier conserving the store's spend, its accuracy against the generator's true risk, and reproducibility.
/// </summary>
public sealed class WorkspaceRiskTests(FittedWorkspace fitted) : IClassFixture<FittedWorkspace>
{
    private WorkspaceRiskReport Report => fitted.Report;

    [Fact]
    public void The_model_learns_from_the_year_before_the_latest_and_scores_the_latest()
    {
        Assert.Equal(new FinancialYear(2022), Report.FeatureYear);
        Assert.Equal(new FinancialYear(2023), Report.OutcomeYear);
        // Ids 0, 500, …, 6000 have sex not known: 13 people left out in each year.
        Assert.Equal(new PatientCounts(6_007, 0, 13, 5_994), Report.Fitting);
        Assert.Equal(new PatientCounts(6_007, 0, 13, 5_994), Report.Scoring);
        Assert.Equal(5_994, Report.Check.Trained + Report.Check.HeldOut);
        Assert.InRange(Report.Check.HeldOut, 1_800, 2_200);
    }

    [Fact]
    public void Tier_sizes_are_the_rounded_up_percentages_of_the_scored_patients()
    {
        // 5,994 scored: top 1% = ⌈59.94⌉ = 60; top 2% = ⌈119.88⌉ = 120, so 60 in 1% to 2%; top 5% = ⌈299.7⌉ = 300, so 180
        // in 2% to 5%; the rest 5,994 − 300 = 5,694.
        Assert.Equal([("top 1%", 60), ("1% to 2%", 60), ("2% to 5%", 180), ("rest", 5_694)], Report.Tiers.Select(tier => (tier.Name, tier.People)));
        Assert.True(Report.Tiers.Zip(Report.Tiers.Skip(1)).All(pair => pair.First.MeanPredicted > pair.Second.MeanPredicted));
        Assert.Equal(5_994, fitted.Workspace.Store.Scalar<long>("SELECT count(DISTINCT patient_id) FROM risk_tier"));
        Assert.Null(StoredRiskTiers.Problem(fitted.Workspace.Store));
    }

    [Fact]
    public void Spend_by_risk_tier_adds_up_to_the_whole_store_to_the_penny()
    {
        var report = new ReportService().Report(fitted.Workspace.Store, SpendView.RiskTier, new ReportOptions());

        Assert.Equal(["top 1%", "1% to 2%", "2% to 5%", "rest", "not scored"], report.Rows.Select(row => row.Keys[0]));
        Assert.Equal(report.ExactTotal, report.Rows.Sum(row => row.ExactSpend));
        Assert.Equal(report.Total, Pennies.Round(report.Rows.Sum(row => row.ExactSpend)));
        Assert.Equal([60L, 60, 180, 5_694, 13], report.Rows.Select(row => row.Patients));

        // Independently: each tier's spend is the sum of its patients' row costs.
        var tierOf = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = fitted.Workspace.Store.Command("SELECT patient_id, tier FROM risk_tier"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tierOf[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var expected = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using (var command = fitted.Workspace.Store.Command("SELECT patient_id, cost FROM activity"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var tier = tierOf.GetValueOrDefault(reader.GetString(0), "not scored");
                expected[tier] = expected.GetValueOrDefault(tier) + reader.GetDecimal(1);
            }
        }

        Assert.All(report.Rows, row => Assert.Equal(expected[row.Keys[0]], row.ExactSpend));
        // The top tier costs more per patient than the rest: the model ranks by need that shows in spend.
        Assert.True(report.Rows[0].ExactSpend / report.Rows[0].Patients > 2 * (report.Rows[3].ExactSpend / report.Rows[3].Patients));
    }

    [Fact]
    public void A_cohort_of_the_top_two_percent_by_risk_is_the_first_two_tiers()
    {
        var report = new ReportService().Report(fitted.Workspace.Store, SpendView.Cohort, new ReportOptions(RiskTier: RiskTierBands.TopCohortOrder("top-2")));
        var byTier = new ReportService().Report(fitted.Workspace.Store, SpendView.RiskTier, new ReportOptions());

        var cohort = report.Rows.Single(row => row.Keys[0] == "cohort");
        Assert.Equal(120, cohort.Patients);
        Assert.Equal(byTier.Rows[0].ExactSpend + byTier.Rows[1].ExactSpend, cohort.ExactSpend);
        Assert.Equal(report.ExactTotal, report.Rows.Sum(row => row.ExactSpend));
    }

    [Fact]
    public void On_held_out_patients_the_model_comes_near_the_true_risk_and_beats_age_alone()
    {
        // The held-out patients' true risk (the generator's) is the ceiling no model can beat; 2,000 people with about
        // 120 admitted make AUROC noisy, so the margin is wider than the 300,000-person test's 0.03.
        Assert.InRange(Report.Check.ModelAuroc, 0.70, 0.90);
        Assert.True(Report.Check.ModelAuroc > Report.Check.AgeAuroc, $"model {Report.Check.ModelAuroc:F4}, age alone {Report.Check.AgeAuroc:F4}");
        Assert.True(Report.Check.ModelAuroc > Report.Check.PriorAuroc, $"model {Report.Check.ModelAuroc:F4}, prior alone {Report.Check.PriorAuroc:F4}");
        Assert.InRange(Report.Check.CalibrationSlope, 0.6, 1.4);
        var top2 = Report.Check.Captures.Single(capture => capture is { Percent: 2m, Score: "model" });
        Assert.Equal(RiskTierBands.TopCount(Report.Check.HeldOut, 2m), top2.People);
        Assert.True(top2.AdmissionShare > 0.08, $"top 2% hold {top2.AdmissionShare:P1} of next year's emergency admissions");
        Assert.Equal(Report.Check.HeldOut, Report.Check.Tiers.Sum(tier => tier.People));
    }

    [Fact]
    public void Refitting_with_the_same_seed_gives_the_same_tiers_and_another_seed_another_split()
    {
        var before = Tiers();
        var service = new WorkspaceRiskService(Workspace.Clock);

        var again = service.Fit(fitted.Workspace.Store, new FinancialYear(2023), FittedWorkspace.Seed).Report!;
        Assert.Equal(before, Tiers());
        Assert.Equal((Report.Check.Trained, Report.Check.ModelAuroc, Report.Check.CalibrationSlope), (again.Check.Trained, again.Check.ModelAuroc, again.Check.CalibrationSlope));

        var other = service.Fit(fitted.Workspace.Store, new FinancialYear(2023), FittedWorkspace.Seed + 1).Report!;
        Assert.NotEqual((Report.Check.Trained, Report.Check.ModelAuroc), (other.Check.Trained, other.Check.ModelAuroc));

        // Put the fixture's fit back for the other tests.
        service.Fit(fitted.Workspace.Store, null, FittedWorkspace.Seed);
        Assert.Equal(before, Tiers());
    }

    private List<(string Patient, string Tier, long Rank)> Tiers()
    {
        var tiers = new List<(string, string, long)>();
        using var command = fitted.Workspace.Store.Command("SELECT patient_id, tier, rank FROM risk_tier ORDER BY rank");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tiers.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return tiers;
    }
}
