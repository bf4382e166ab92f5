using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Risk;
using CareLedger.Analytics.RiskTiers;

namespace CareLedger.Analytics.Tests.Risk;

/// <summary>
/// A real workspace holding <see cref="People"/> synthetic people's linked activity over 2022/23 and 2023/24 (every
/// 500th with sex not known), with the risk model fitted on it once (seed <see cref="Seed"/>), for the tests that read it.
/// </summary>
public sealed class FittedWorkspace : IDisposable
{
    public const int People = 6_007, Seed = 11, UnknownSexEvery = 500;

    public FittedWorkspace()
    {
        Population = new SyntheticPopulationGenerator().Generate(People, seed: 2026);
        Workspace = new Workspace();
        var imported = Workspace.Import(ActivityLayout.Generic, Workspace.Write("prices.csv", LinkedActivityFile.Prices),
            Workspace.Write("linked.csv", LinkedActivityFile.Write(Population, UnknownSexEvery)));
        Assert.True(imported.Succeeded, string.Join("; ", imported.Problems.Select(problem => problem.ToString())));
        var fit = new WorkspaceRiskService(Workspace.Clock).Fit(Workspace.Store, outcomeYear: null, Seed);
        Report = fit.Report ?? throw new InvalidOperationException(fit.Problem);
    }

    public SyntheticPopulation Population { get; }

    public Workspace Workspace { get; }

    public WorkspaceRiskReport Report { get; }

    public void Dispose() => Workspace.Dispose();
}
