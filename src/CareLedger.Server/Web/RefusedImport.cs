using System.Globalization;
using System.Text;
using CareLedger.Data.Imports;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Server.Web;

/// <summary>
/// A refused import as the imports page shows it: an error summary (each entry a link to its row of the report, or
/// to the form field to change) and the validation report, finding by finding, with the value each names read back
/// from the file given.
/// </summary>
internal sealed class RefusedImport
{
    // An error summary that lists a thousand findings helps nobody: the first few, then the report holds them all.
    private const int SummaryLimit = 10;

    private readonly Dictionary<string, string[]> _csvLines = new(StringComparer.Ordinal);

    private RefusedImport(IReadOnlyList<(string Text, string Href)> summary, IReadOnlyList<Diagnostic> findings, string? formProblem)
    {
        Summary = summary;
        Findings = findings;
        FormProblem = formProblem;
    }

    public IReadOnlyList<(string Text, string Href)> Summary { get; }

    public IReadOnlyList<Diagnostic> Findings { get; }

    /// <summary>The problem to show at the form (no file, too large, a wrong replacement), or null.</summary>
    public string? FormProblem { get; }

    public string Caption
    {
        get
        {
            var errors = Findings.Count(finding => finding.IsError);
            return $"Validation report: {Count(errors, "error")}{(Findings.Count > errors ? $" and {Count(Findings.Count - errors, "warning")}" : string.Empty)}, row by row";
        }
    }

    /// <summary>A problem with the request itself, shown at the form field named by <paramref name="href"/>.</summary>
    public static RefusedImport Of(string problem, string href = "#files") => new([(problem, href)], [], problem);

    /// <summary>A file that does not check: every finding, the first errors in the summary.</summary>
    public static RefusedImport Of(IReadOnlyList<Diagnostic> findings, IReadOnlyList<ImportFile> files)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(files);
        var summary = findings
            .Select((finding, index) => (finding, index))
            .Where(pair => pair.finding.IsError)
            .Take(SummaryLimit)
            .Select(pair => ($"{pair.finding.Location}: {pair.finding.Message}", $"#finding-{pair.index + 1}"))
            .ToList();
        var errors = findings.Count(finding => finding.IsError);
        if (errors > SummaryLimit)
        {
            summary.Add(($"and {errors - SummaryLimit} more errors: see the validation report below", "#finding"));
        }

        var refused = new RefusedImport(summary, findings, null);
        foreach (var file in files.Where(file => file.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            // A file that is not UTF-8 text is reported as such; its cells are not shown.
            try
            {
                refused._csvLines[file.Name] = new UTF8Encoding(false, true).GetString(file.Content.Span).Split('\n');
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return refused;
    }

    /// <summary>
    /// The cell a finding in a CSV file points at (its row is the file's line, its column the cell's number), as
    /// written; null elsewhere, and whenever the finding is about the row rather than the cell (its field is not
    /// the heading of that column). Read back simply: a cell with a quoted line break shifts the rows after it, so
    /// the finding's own message remains the authority.
    /// </summary>
    public string? ValueAt(Diagnostic finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var location = finding.Location;
        if (!_csvLines.TryGetValue(location.File, out var lines) || location.Line < 2 || location.Line > lines.Length || location.Column < 1)
        {
            return null;
        }

        var headings = Cells(lines[0].TrimEnd('\r'));
        var cells = Cells(lines[location.Line - 1].TrimEnd('\r'));
        var field = Components.FindingsTable.FieldOf(finding);
        return location.Column <= cells.Count && location.Column <= headings.Count && string.Equals(headings[location.Column - 1].Trim(), field, StringComparison.Ordinal)
            ? cells[location.Column - 1]
            : null;
    }

    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < line.Length; index++)
        {
            var character = line[index];
            if (quoted && character == '"' && index + 1 < line.Length && line[index + 1] == '"')
            {
                cell.Append('"');
                index++;
            }
            else if (character == '"')
            {
                quoted = !quoted;
            }
            else if (character == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(character);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private static string Count(int count, string noun) => count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
