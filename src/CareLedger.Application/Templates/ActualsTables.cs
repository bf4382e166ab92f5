using CareLedger.Application.Csv;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Templates;

/// <summary>
/// Example actuals written as YAML, turned into the CSV tables docs/actuals-spec.md describes: one table per section
/// (<c>activity.csv</c>, <c>indicators.csv</c>, ...), its header the keys the section's records use, in the order they
/// first appear, and one row per record holding each value exactly as the YAML gives it (a key a record leaves out is
/// an empty cell, which the reader treats as not given). The CSV reader recognises each table by its header, and
/// reads its cells with the same value rules as YAML, so the tables settle exactly as the YAML does.
/// </summary>
/// <remarks>
/// Used for CareLedger's own templates, whose actuals are flat lists of flat records; any other shape is a fault in
/// the template and throws. The tables are written with the shared <see cref="CsvWriter"/>, guarded like every CSV
/// CareLedger writes, since they are made to be opened and filled in with a spreadsheet.
/// </remarks>
internal static class ActualsTables
{
    // The YAML header keys: what a CSV table says by its name and the contract it is checked against.
    private static readonly string[] NotSections = ["careledger_actuals", "contract"];

    public static IReadOnlyList<SourceText> From(string yaml) =>
        [.. Sections(yaml).Select(table => new SourceText(table.Section + ".csv", Csv(table.Rows)))];

    /// <summary>Each section as a table: its header row, then one row per record (null for a key the record leaves out).</summary>
    public static IReadOnlyList<(string Section, IReadOnlyList<string?[]> Rows)> Sections(string yaml)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidOperationException("Example actuals must be one YAML mapping.");
        }

        var tables = new List<(string, IReadOnlyList<string?[]>)>();
        foreach (var (key, value) in root.Children)
        {
            var section = Scalar(key, "a section name");
            if (NotSections.Contains(section, StringComparer.Ordinal))
            {
                continue;
            }

            if (value is not YamlSequenceNode records)
            {
                throw new InvalidOperationException($"Section '{section}' of the example actuals must be a list of records.");
            }

            tables.Add((section, Table(section, records)));
        }

        return tables;
    }

    private static IReadOnlyList<string?[]> Table(string section, YamlSequenceNode records)
    {
        var rows = records.Children.Select(record => record is YamlMappingNode mapping
                ? mapping.Children.ToDictionary(pair => Scalar(pair.Key, $"a key in '{section}'"), pair => Scalar(pair.Value, $"a value in '{section}'"), StringComparer.Ordinal)
                : throw new InvalidOperationException($"Every record of '{section}' in the example actuals must be a mapping."))
            .ToArray();
        var columns = rows.SelectMany(row => row.Keys).Distinct(StringComparer.Ordinal).ToArray();
        return [columns, .. rows.Select(row => columns.Select(column => row.GetValueOrDefault(column)).ToArray())];
    }

    private static string Csv(IReadOnlyList<string?[]> rows)
    {
        using var text = new StringWriter();
        var csv = new CsvWriter(text);
        foreach (var row in rows)
        {
            csv.WriteRow(row);
        }

        return text.ToString();
    }

    private static string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode scalar
            ? scalar.Value ?? string.Empty
            : throw new InvalidOperationException($"Expected {what} to be a single value at line {node.Start.Line} of the example actuals.");
}
