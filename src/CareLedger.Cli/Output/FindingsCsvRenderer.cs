using CareLedger.Application.Csv;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Cli.Output;

/// <summary>Findings as a CSV table, one row each, for a spreadsheet or a tracker: where, how serious, the code, what to do.</summary>
internal static class FindingsCsvRenderer
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, TextWriter output)
    {
        var csv = new CsvWriter(output);
        csv.WriteRow("file", "line", "column", "path", "severity", "code", "message");
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            csv.WriteRow(
                location.File,
                location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                location.Column.ToString(System.Globalization.CultureInfo.InvariantCulture),
                location.Path.ToString(),
                diagnostic.IsError ? "error" : "warning",
                diagnostic.Code,
                diagnostic.Message);
        }
    }
}
