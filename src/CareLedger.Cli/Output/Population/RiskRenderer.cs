using System.Globalization;
using CareLedger.Analytics.Risk;
using CareLedger.Application.Csv;

namespace CareLedger.Cli.Output.Population;

/// <summary>A risk report as tables for reading, JSON (every figure), or CSV (the capture table, the one a published comparison quotes).</summary>
internal static class RiskRenderer
{
    public static void Write(RiskReport report, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(RiskDocument.Of(report), output);
                break;
            case OutputFormat.Csv:
                var csv = new CsvWriter(output);
                foreach (var row in RiskRows.Captures(report))
                {
                    csv.WriteRow(row);
                }

                break;
            default:
                output.WriteLine($"Synthetic population: {Count(report.People)} people (seed {report.Seed}), trained on {Count(report.Check.Trained)}, reported on the {Count(report.Check.HeldOut)} held out.");
                output.WriteLine($"AUROC {RiskRows.Stat(report.Check.ModelAuroc)} (ceiling {RiskRows.Stat(report.CeilingAuroc)}; age alone {RiskRows.Stat(report.Check.AgeAuroc)}; last year's admissions alone {RiskRows.Stat(report.Check.PriorAuroc)}).");
                output.WriteLine($"Calibration slope {RiskRows.Stat(report.Check.CalibrationSlope)}, intercept {RiskRows.Stat(report.Check.CalibrationIntercept)} (1 and 0 are perfect).");
                output.WriteLine();
                Table(RiskRows.Captures(report), output);
                output.WriteLine();
                Table(RiskRows.Calibration(report), output);
                output.WriteLine();
                Table(RiskRows.Tiers(report), output);
                output.WriteLine("Synthetic figures: the generator's risk structure is known and simple, so they are not comparable with published AUROCs of real tools (about 0.77 to 0.80).");
                break;
        }
    }

    /// <summary>
    /// Rows of <see cref="RiskRows"/> as a table for reading: shares and rates as percentages, spend in pounds with
    /// thousands separators, counts with them too. The CSV and the workbook keep the plain figures.
    /// </summary>
    public static void Table(IReadOnlyList<string?[]> rows, TextWriter output)
    {
        var headers = rows[0];
        var table = new TextTable(headers.Select(header => new TableColumn(header!.Replace('_', ' '))));
        foreach (var row in rows.Skip(1))
        {
            table.AddRow(row.Select((cell, i) => Readable(headers[i]!, cell)).ToArray());
        }

        table.Write(output);
    }

    private static string? Readable(string header, string? cell) => header switch
    {
        _ when string.IsNullOrEmpty(cell) => cell,
        "admissions_share" or "spend_share" or "mean_predicted" or "observed" when double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) =>
            share.ToString("0.00%", CultureInfo.InvariantCulture),
        "spend" when decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var pounds) =>
            pounds.ToString("£#,0.00", CultureInfo.InvariantCulture),
        "people" or "admissions" when long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) =>
            count.ToString("#,0", CultureInfo.InvariantCulture),
        _ => cell,
    };

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
