using System.Globalization;
using CareLedger.Analytics.Risk;

namespace CareLedger.Cli.Output.Population;

/// <summary>A risk report's tables as rows of text, the one source of the CSV and the workbook. Statistics to 4 places; spend to the penny.</summary>
internal static class RiskRows
{
    public static IReadOnlyList<string?[]> Summary(RiskReport report) =>
    [
        ["measure", "value"],
        ["seed", Whole(report.Seed)],
        ["people", Whole(report.People)],
        ["trained on", Whole(report.Check.Trained)],
        ["held out", Whole(report.Check.HeldOut)],
        ["held-out share admitted", Stat(report.Check.HeldOutRate)],
        ["auroc model", Stat(report.Check.ModelAuroc)],
        ["auroc ceiling (true risk)", Stat(report.CeilingAuroc)],
        ["auroc age alone", Stat(report.Check.AgeAuroc)],
        ["auroc prior admissions alone", Stat(report.Check.PriorAuroc)],
        ["calibration slope", Stat(report.Check.CalibrationSlope)],
        ["calibration intercept", Stat(report.Check.CalibrationIntercept)],
        ["newton steps", Whole(report.Check.NewtonSteps)],
    ];

    public static IReadOnlyList<string?[]> Coefficients(RiskReport report) => Coefficients(report.Check.Coefficients);

    public static IReadOnlyList<string?[]> Coefficients(IReadOnlyList<(string Feature, double Coefficient)> coefficients) =>
        [["feature", "coefficient"], .. coefficients.Select(pair => new[] { pair.Feature, Stat(pair.Coefficient) })];

    public static IReadOnlyList<string?[]> Calibration(RiskReport report) => Calibration(report.Check.Deciles);

    public static IReadOnlyList<string?[]> Calibration(IReadOnlyList<CalibrationDecile> deciles) =>
        [["decile", "people", "mean_predicted", "observed"], .. deciles.Select(decile => new[] { Whole(decile.Decile), Whole(decile.People), Stat(decile.MeanPredicted), Stat(decile.Observed) })];

    public static IReadOnlyList<string?[]> Captures(RiskReport report) => Captures(report.Check.Captures);

    public static IReadOnlyList<string?[]> Captures(IReadOnlyList<Capture> captures) =>
        [["top_percent", "score", "people", "admissions_share", "spend_share", "spend"],
         .. captures.Select(capture => new[] { capture.Percent.ToString(CultureInfo.InvariantCulture), capture.Score, Whole(capture.People), Stat(capture.AdmissionShare), Stat((double)capture.SpendShare), Pounds(capture.Spend) })];

    public static IReadOnlyList<string?[]> Tiers(RiskReport report) => Tiers(report.Check.Tiers);

    public static IReadOnlyList<string?[]> Tiers(IReadOnlyList<RiskTier> tiers) =>
        [["tier", "people", "mean_predicted", "observed", "admissions", "spend"],
         .. tiers.Select(tier => new[] { tier.Name, Whole(tier.People), Stat(tier.MeanPredicted), Stat(tier.Observed), Whole(tier.Admissions), Pounds(tier.Spend) })];

    /// <summary>A statistic to 4 places; empty when there is none (NaN: an empty tier's mean, a slope with nothing to regress on).</summary>
    public static string Stat(double value) => double.IsFinite(value) ? value.ToString("0.0000", CultureInfo.InvariantCulture) : string.Empty;

    public static string Pounds(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);
}
