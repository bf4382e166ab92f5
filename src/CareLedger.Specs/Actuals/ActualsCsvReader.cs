using System.Globalization;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads one CSV table of actuals. The first row is the header; the section is recognised from it (each section has
/// columns only it uses together, <see cref="ActualsSection.Signature"/>), so the file name does not matter. A
/// header that fits no section, or more than one, is CL804, and the table is not read. Then: a column the section
/// does not know is CL002 with the nearest column; a column named twice is CL010; a required column missing is
/// CL003, once, at the header. Every other row is read by the section's reader, exactly as a YAML record is.
/// </summary>
internal static class ActualsCsvReader
{
    public static void Read(string text, ActualsContext context, ActualsBuilder into)
    {
        // Rows are read one at a time and handed on in batches (ActualsBuilder.FlushWhenFull), so a table of a million
        // rows is never held whole. Each syntax error is reported once the row it lies in has been read.
        var reader = new CsvRowReader(text);
        var reported = 0;
        void ReportSyntax()
        {
            for (; reported < reader.Errors.Count; reported++)
            {
                var error = reader.Errors[reported];
                context.Error(error.Row, error.Column, FieldPath.Root, DiagnosticCodes.YamlSyntax, "CSV syntax error: " + error.Message);
            }
        }

        CsvRow? header = null;
        while (header is null && reader.TryRead(out var row))
        {
            ReportSyntax();
            header = row.IsBlank ? null : row;
        }

        ReportSyntax();
        if (header is null)
        {
            if (reader.Errors.Count == 0)
            {
                context.Error(1, 1, FieldPath.Root, DiagnosticCodes.MissingRequired, "The file is empty; a CSV actuals table starts with a header row naming its columns, e.g. period,provider,service_line,planned,actual.");
            }

            return;
        }

        var names = header.Cells.Select(cell => cell.Text.Trim()).ToArray();
        var section = Recognise(header, names, context);
        var columns = section is null ? null : ColumnsOf(names, section);
        var filledUnnamed = new HashSet<int>();
        var index = 0;
        while (reader.TryRead(out var row))
        {
            ReportSyntax();
            if (row.IsBlank || section is null || columns is null)
            {
                continue;
            }

            NoteUnnamedValues(row, names, filledUnnamed);
            var record = new CsvActualsRecord(row, index, columns, section, context);
            CheckWidth(row, header, record.Source.Path, context);
            section.Read(record, into);
            into.FlushWhenFull();
            index++;
        }

        ReportSyntax();
        if (section is not null)
        {
            // Reported after the rows, since whether an unnamed column matters depends on every row; the order of
            // findings is by place, so the header's still come first.
            ReportHeader(header, names, filledUnnamed, section, context);
        }
    }

    private static ActualsSection? Recognise(CsvRow header, string[] names, ActualsContext context)
    {
        var fits = ActualsSections.All.Where(section => section.IsRecognisedBy(names)).ToArray();
        if (fits.Length == 1)
        {
            return fits[0];
        }

        var tables = string.Join("; ", ActualsSections.All.Select(section => section.Describe()));
        if (fits.Length > 1)
        {
            context.Error(header.Number, 1, FieldPath.Root, DiagnosticCodes.UnknownCsvHeader, $"The header fits more than one actuals table ({string.Join(" and ", fits.Select(section => section.Name))}); give each table its own file. The tables and their columns: {tables}.");
            return null;
        }

        var everyColumn = ActualsSections.All.SelectMany(section => section.Columns).Distinct().ToArray();
        var hints = names
            .Where(name => name.Length > 0 && !everyColumn.Contains(name))
            .Select(name => NameSuggester.Suggest(name, everyColumn) is { } nearest ? $"'{name}' is not a column (did you mean '{nearest}'?)" : $"'{name}' is not a column")
            .ToArray();
        var said = hints.Length == 0 ? string.Empty : " " + string.Join("; ", hints) + ".";
        context.Error(
            header.Number,
            1,
            FieldPath.Root,
            DiagnosticCodes.UnknownCsvHeader,
            $"The header matches no actuals table: a table is recognised by its columns (activity by planned, actual and service_line; indicators by indicator; population by heads; risk_reward by item and actual; "
            + $"provider_costs by actual_cost and party; shared_savings by expenditure; corridors by corridor; suspensions by reason).{said} The tables and their columns: {tables}.");
        return null;
    }

    /// <summary>The section's columns found in the header and where they are: the first of each name the section knows.</summary>
    private static Dictionary<string, int> ColumnsOf(string[] names, ActualsSection section)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < names.Length; index++)
        {
            if (names[index].Length > 0 && section.Columns.Contains(names[index]))
            {
                columns.TryAdd(names[index], index + 1);
            }
        }

        return columns;
    }

    // A trailing empty column (an extra comma) is harmless unless a row puts something in it.
    private static void NoteUnnamedValues(CsvRow row, string[] names, HashSet<int> filled)
    {
        var width = Math.Min(names.Length, row.Cells.Count);
        for (var index = 0; index < width; index++)
        {
            if (names[index].Length == 0 && row.Cells[index].Text.Trim().Length > 0)
            {
                filled.Add(index);
            }
        }
    }

    /// <summary>Reports every problem with the header: unnamed columns that rows fill, unknown and repeated columns, missing ones.</summary>
    private static void ReportHeader(CsvRow header, string[] names, HashSet<int> filledUnnamed, ActualsSection section, ActualsContext context)
    {
        // A header problem is about the table, or one of its columns: activity, activity.unit_price.
        var table = FieldPath.Root.Key(section.Name);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < names.Length; index++)
        {
            var name = names[index];
            var column = index + 1;
            if (name.Length == 0)
            {
                if (filledUnnamed.Contains(index))
                {
                    context.Error(header.Number, column, table, DiagnosticCodes.MissingRequired, $"{section.Name} header: column {column.ToString(CultureInfo.InvariantCulture)} has no name but rows have values in it; name it ({string.Join(", ", section.Columns)}) or remove it.");
                }

                continue;
            }

            if (!section.Columns.Contains(name))
            {
                context.Error(header.Number, column, table.Key(name), DiagnosticCodes.UnknownKey, $"{section.Name} header: unknown column '{name}'; {NameSuggester.SuggestOrList(name, section.Columns.ToArray())}");
                continue;
            }

            if (columns.TryGetValue(name, out var first))
            {
                context.Error(header.Number, column, table.Key(name), DiagnosticCodes.Duplicate, $"{section.Name} header: column '{name}' is named twice (first in column {first.ToString(CultureInfo.InvariantCulture)}); only the first is read.");
                continue;
            }

            columns[name] = column;
        }

        var missing = section.Required.Where(name => !columns.ContainsKey(name)).ToArray();
        if (missing.Length > 0)
        {
            var words = missing.Length == 1 ? $"'{missing[0]}' column" : "columns " + string.Join(", ", missing.Select(name => $"'{name}'"));
            var about = missing.Length == 1 ? table.Key(missing[0]) : table;
            context.Error(header.Number, 1, about, DiagnosticCodes.MissingRequired, $"{section.Name} header: the table has no {words}; every {section.Name} row needs {string.Join(", ", section.Required)}.");
        }
    }

    private static void CheckWidth(CsvRow row, CsvRow header, FieldPath path, ActualsContext context)
    {
        // Strict even about empty extra cells: an unquoted comma in "£1,450.00" shifts every later cell one column
        // to the right, and the only sign of it may be one cell too many at the end of the row.
        if (row.Cells.Count > header.Cells.Count)
        {
            var extra = row.Cells[header.Cells.Count];
            context.Error(
                row.Number,
                extra.Column,
                path,
                DiagnosticCodes.YamlSyntax,
                $"CSV row {row.Number.ToString(CultureInfo.InvariantCulture)} has {row.Cells.Count.ToString(CultureInfo.InvariantCulture)} cells but the header names {header.Cells.Count.ToString(CultureInfo.InvariantCulture)} columns, so its cells may be in the wrong columns; a value with a comma in it needs quotes (\"£1,450.00\").");
        }
    }
}
