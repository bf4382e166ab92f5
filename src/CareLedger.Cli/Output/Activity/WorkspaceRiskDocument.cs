using CareLedger.Analytics.Risk;
using CareLedger.Analytics.RiskTiers;

namespace CareLedger.Cli.Output.Activity;

/// <summary>
/// The JSON form of a risk model fitted on a workspace: every figure, statistics as numbers (null where there is none,
/// such as an empty tier's mean), spend as exact decimals.
/// </summary>
internal sealed record WorkspaceRiskDocument(
    string Workspace, string FeatureYear, string OutcomeYear, int Seed, PatientCounts Fitting, int Trained, int HeldOut, double HeldOutRate,
    IReadOnlyDictionary<string, double> Coefficients, double ModelAuroc, double AgeAuroc, double PriorAuroc, double? CalibrationSlope, double? CalibrationIntercept,
    IReadOnlyList<WorkspaceRiskDocument.Decile> Deciles, IReadOnlyList<Capture> Captures, IReadOnlyList<WorkspaceRiskDocument.HeldOutTier> HeldOutTiers,
    PatientCounts Scoring, IReadOnlyList<WorkspaceRiskDocument.Tier> Tiers)
{
    public static WorkspaceRiskDocument Of(WorkspaceRiskReport report, string workspace) =>
        new(workspace, report.FeatureYear.Label, report.OutcomeYear.Label, report.Seed, report.Fitting, report.Check.Trained, report.Check.HeldOut, report.Check.HeldOutRate,
            report.Check.Coefficients.ToDictionary(pair => pair.Feature, pair => pair.Coefficient, StringComparer.Ordinal), report.Check.ModelAuroc, report.Check.AgeAuroc, report.Check.PriorAuroc,
            Finite(report.Check.CalibrationSlope), Finite(report.Check.CalibrationIntercept),
            [.. report.Check.Deciles.Select(decile => new Decile(decile.Decile, decile.People, Finite(decile.MeanPredicted), Finite(decile.Observed)))],
            report.Check.Captures,
            [.. report.Check.Tiers.Select(tier => new HeldOutTier(tier.Name, tier.People, Finite(tier.MeanPredicted), Finite(tier.Observed), tier.Admissions, tier.Spend))],
            report.Scoring,
            [.. report.Tiers.Select(tier => new Tier(tier.Name, tier.Order, tier.People, Finite(tier.MeanPredicted)))]);

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    internal sealed record Decile(int Number, int People, double? MeanPredicted, double? Observed);

    internal sealed record HeldOutTier(string Name, int People, double? MeanPredicted, double? Observed, int Admissions, decimal Spend);

    internal sealed record Tier(string Name, int Order, int People, double? MeanPredicted);
}
