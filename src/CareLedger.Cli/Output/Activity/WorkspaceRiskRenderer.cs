using System.Globalization;
using CareLedger.Analytics.RiskTiers;
using CareLedger.Application.Csv;
using CareLedger.Cli.Output.Population;

namespace CareLedger.Cli.Output.Activity;

/// <summary>
/// A risk model fitted on a workspace: tables for reading (accuracy on held-out patients, then the tiers assigned),
/// JSON (every figure), or CSV (the tiers assigned, the table a commissioner takes away).
/// </summary>
internal static class WorkspaceRiskRenderer
{
    public static void Write(WorkspaceRiskReport report, string workspace, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(WorkspaceRiskDocument.Of(report, workspace), output);
                break;
            case OutputFormat.Csv:
                var csv = new CsvWriter(output);
                foreach (var row in WorkspaceRiskRows.Assigned(report))
                {
                    csv.WriteRow(row);
                }

                break;
            default:
                var (fitting, scoring) = (report.Fitting, report.Scoring);
                output.WriteLine($"Workspace '{workspace}': emergency admissions in {report.OutcomeYear.Label} predicted from activity in {report.FeatureYear.Label} (seed {report.Seed}).");
                output.WriteLine($"{report.FeatureYear.Label}: {Count(fitting.Patients)} patients, {Count(fitting.Usable)} with an age and a sex ({Count(fitting.NoAge)} without an age, {Count(fitting.NoSex)} without a sex); "
                    + $"trained on {Count(report.Check.Trained)}, checked on the {Count(report.Check.HeldOut)} held out ({(report.Check.HeldOutRate * 100).ToString("0.0", CultureInfo.InvariantCulture)}% admitted).");
                output.WriteLine($"Held-out AUROC {RiskRows.Stat(report.Check.ModelAuroc)} (age alone {RiskRows.Stat(report.Check.AgeAuroc)}; last year's emergency admissions alone {RiskRows.Stat(report.Check.PriorAuroc)}).");
                output.WriteLine($"Calibration slope {Stat(report.Check.CalibrationSlope)}, intercept {Stat(report.Check.CalibrationIntercept)} (1 and 0 are perfect).");
                output.WriteLine();
                RiskRenderer.Table(RiskRows.Captures(report.Check.Captures), output);
                output.WriteLine();
                RiskRenderer.Table(RiskRows.Calibration(report.Check.Deciles), output);
                output.WriteLine();
                RiskRenderer.Table(RiskRows.Tiers(report.Check.Tiers), output);
                output.WriteLine();
                output.WriteLine($"Tiers assigned to the {Count(scoring.Usable)} patients of {report.OutcomeYear.Label} with an age and a sex, for {report.OutcomeYear.Next.Label} "
                    + $"({Count(scoring.Patients - scoring.Usable)} of its {Count(scoring.Patients)} patients not scored):");
                RiskRenderer.Table(WorkspaceRiskRows.Assigned(report), output);
                output.WriteLine("Stored in the workspace: 'careledger activity report --by risk-tier' shows spend by tier, '--by cohort --risk-tier top-2' a cohort.");
                break;
        }
    }

    private static string Stat(double value) => double.IsFinite(value) ? RiskRows.Stat(value) : "not measurable (every prediction the same)";

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
