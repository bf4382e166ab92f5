using CareLedger.Analytics.Reporting;
using CareLedger.Application.Csv;
using CareLedger.Domain;

namespace CareLedger.Cli.Output.Activity;

/// <summary>A view of spend as a table, JSON (amounts as exact decimal strings) or CSV (amounts as plain numbers).</summary>
internal static class SpendReportRenderer
{
    public static void Write(SpendReport report, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(SpendReportDocument.Of(report), output);
                break;
            case OutputFormat.Csv:
                var csv = new CsvWriter(output);
                csv.WriteRow([.. report.KeyNames, "records", "units", "patients", "not_attended", "spend", "share"]);
                foreach (var row in report.Rows)
                {
                    csv.WriteRow([.. row.Keys, row.Records.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Units.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        row.Patients.ToString(System.Globalization.CultureInfo.InvariantCulture), row.NotAttended.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Pounds.Plain(row.Spend), Share(row.Share)]);
                }

                break;
            default:
                var table = new TextTable([.. report.KeyNames.Select(name => TableColumn.Left(name)), TableColumn.Right("records"), TableColumn.Right("units"),
                    TableColumn.Right("patients"), TableColumn.Right("not attended"), TableColumn.Right("spend"), TableColumn.Right("share")]);
                foreach (var row in report.Rows)
                {
                    table.AddRow([.. row.Keys, Pounds.Count(row.Records), Pounds.Count(row.Units), Pounds.Count(row.Patients), Pounds.Count(row.NotAttended), Pounds.Of(row.Spend), Share(row.Share) + "%"]);
                }

                table.Write(output);
                output.WriteLine($"All activity: {Pounds.Count(report.Records)} records, {Pounds.Count(report.Patients)} patients, {Pounds.Of(report.Total)}.");
                if (report.NotAttended > 0)
                {
                    output.WriteLine($"{Pounds.Count(report.NotAttended)} outpatient appointments were not attended (did not attend, cancelled or not yet held): counted, costing nothing.");
                }

                output.WriteLine("Each spend is its rows' exact cost (units × unit cost) rounded to the penny, so lines may differ from the total by pennies.");
                break;
        }
    }

    /// <summary>A share of the total as a percentage to one decimal place, for reading (display rounding).</summary>
    private static string Share(decimal share) => DisplayRounding.Round(share * 100m, 1).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
