using CareLedger.Analytics.Contracts;
using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Risk;
using CareLedger.Analytics.RiskTiers;

namespace CareLedger.Analytics.Tests.Risk;

/// <summary>A workspace the model cannot be fitted on gets one clear problem naming what it lacks, never a crash, and stores nothing.</summary>
public sealed class WorkspaceRiskProblemTests
{
    private static readonly SyntheticPopulation People = new SyntheticPopulationGenerator().Generate(1_500, seed: 2026);

    [Fact]
    public void An_empty_workspace_is_told_to_import_two_years()
    {
        using var workspace = new Workspace();

        var problem = Fit(workspace, null);

        Assert.Contains("has no activity", problem, StringComparison.Ordinal);
        Assert.Contains("two consecutive financial years", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void One_year_of_activity_is_not_enough_and_the_missing_year_is_named()
    {
        using var workspace = Imported(LinkedActivityFile.Write(People, secondYear: false));

        // The latest year in the store is 2022/23, so the model would learn from 2021/22, which it does not hold.
        Assert.Contains("no activity in 2021/22", Fit(workspace, null), StringComparison.Ordinal);
        // Asked for 2023/24, the year it does not hold is 2023/24.
        Assert.Contains("no activity in 2023/24", Fit(workspace, new FinancialYear(2023)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_with_no_ages_or_no_sexes_is_named_with_the_column_to_fill()
    {
        using (var workspace = Imported(LinkedActivityFile.Write(People, withAge: false)))
        {
            var problem = Fit(workspace, null);
            Assert.Contains("no record of 2022/23 gives the patient's age", problem, StringComparison.Ordinal);
        }

        using (var workspace = Imported(LinkedActivityFile.Write(People, unknownSexEvery: 1)))
        {
            var problem = Fit(workspace, null);
            Assert.Contains("no record of 2022/23 gives the patient's sex", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Too_few_emergency_admissions_to_fit_and_check_is_said_with_the_counts()
    {
        // 60 people: about 4 have an emergency admission in 2023/24, under the 10 the fit needs.
        var few = new SyntheticPopulationGenerator().Generate(60, seed: 2026);
        using var workspace = Imported(LinkedActivityFile.Write(few));

        var problem = Fit(workspace, null);

        Assert.Contains("had an emergency admission in 2023/24", problem, StringComparison.Ordinal);
        Assert.Contains("at least 10 of each", problem, StringComparison.Ordinal);
        Assert.Contains("no risk tiers yet", StoredRiskTiers.Problem(workspace.Store), StringComparison.Ordinal);
    }

    [Fact]
    public void Tiers_assigned_before_a_later_import_are_stale_and_say_to_refit()
    {
        using var workspace = Imported(LinkedActivityFile.Write(People));
        Assert.Null(Fit(workspace, null));
        Assert.Null(StoredRiskTiers.Problem(workspace.Store));

        var more = workspace.Write("more.csv", "patient_id,record_id,date,provider,pod,hrg,units,age,sex\nNEW1,N1,2023-06-01,RX1,outpatient,WF01A,1,40,F\n");
        Assert.True(workspace.Import(ActivityLayout.Generic, null, more).Succeeded);

        Assert.Contains("run 'careledger activity risk' again", StoredRiskTiers.Problem(workspace.Store), StringComparison.Ordinal);
    }

    private static string? Fit(Workspace workspace, FinancialYear? year) => new WorkspaceRiskService(Workspace.Clock).Fit(workspace.Store, year, seed: 1).Problem;

    private static Workspace Imported(string activity)
    {
        var workspace = new Workspace();
        var outcome = workspace.Import(ActivityLayout.Generic, workspace.Write("prices.csv", LinkedActivityFile.Prices), workspace.Write("linked.csv", activity));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problems.Select(problem => problem.ToString())));
        return workspace;
    }
}
