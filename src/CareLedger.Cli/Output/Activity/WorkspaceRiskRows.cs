using CareLedger.Analytics.RiskTiers;
using CareLedger.Cli.Output.Population;

namespace CareLedger.Cli.Output.Activity;

/// <summary>A workspace risk fit's tables as rows of text, the one source of its CSV and workbook. Statistics to 4 places; spend to the penny.</summary>
internal static class WorkspaceRiskRows
{
    public static IReadOnlyList<string?[]> Summary(WorkspaceRiskReport report, string workspace) =>
    [
        ["measure", "value"],
        ["workspace", workspace],
        ["feature year", report.FeatureYear.Label],
        ["outcome year", report.OutcomeYear.Label],
        ["seed", RiskRows.Whole(report.Seed)],
        ["patients of the feature year", RiskRows.Whole(report.Fitting.Patients)],
        ["without an age", RiskRows.Whole(report.Fitting.NoAge)],
        ["without a sex", RiskRows.Whole(report.Fitting.NoSex)],
        ["trained on", RiskRows.Whole(report.Check.Trained)],
        ["held out", RiskRows.Whole(report.Check.HeldOut)],
        ["held-out share admitted", RiskRows.Stat(report.Check.HeldOutRate)],
        ["auroc model", RiskRows.Stat(report.Check.ModelAuroc)],
        ["auroc age alone", RiskRows.Stat(report.Check.AgeAuroc)],
        ["auroc prior emergency admissions alone", RiskRows.Stat(report.Check.PriorAuroc)],
        ["calibration slope", RiskRows.Stat(report.Check.CalibrationSlope)],
        ["calibration intercept", RiskRows.Stat(report.Check.CalibrationIntercept)],
        ["patients of the outcome year", RiskRows.Whole(report.Scoring.Patients)],
        ["scored", RiskRows.Whole(report.Scoring.Usable)],
    ];

    /// <summary>The tiers assigned to the outcome year's patients.</summary>
    public static IReadOnlyList<string?[]> Assigned(WorkspaceRiskReport report) =>
        [["tier", "people", "mean_predicted"], .. report.Tiers.Select(tier => new[] { tier.Name, RiskRows.Whole(tier.People), RiskRows.Stat(tier.MeanPredicted) })];

    /// <summary>Every table, as the workbook's sheets.</summary>
    public static IReadOnlyList<(string Sheet, IReadOnlyList<string?[]> Rows)> Sheets(WorkspaceRiskReport report, string workspace) =>
    [
        ("summary", Summary(report, workspace)), ("coefficients", RiskRows.Coefficients(report.Check.Coefficients)), ("calibration", RiskRows.Calibration(report.Check.Deciles)),
        ("capture", RiskRows.Captures(report.Check.Captures)), ("held-out tiers", RiskRows.Tiers(report.Check.Tiers)), ("tiers", Assigned(report)),
    ];
}
