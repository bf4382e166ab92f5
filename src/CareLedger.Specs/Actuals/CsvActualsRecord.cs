using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of a CSV actuals table. Problems are reported at the row and the column of the cell (row 1 is the header)
/// and name the column; their path names the table, the row (counted from 0 among the data rows, as a list item is)
/// and the column: <c>activity[3].actual</c>. An empty cell is an absent value. A column the table lacks is reported
/// once, at the header, when every row needs it; otherwise at each row that needs it.
/// </summary>
internal sealed class CsvActualsRecord(CsvRow row, int index, IReadOnlyDictionary<string, int> columns, ActualsSection section, ActualsContext context)
    : ActualsRecord(context)
{
    private RowSource? _source;

    public override RowSource Source => _source ??= Locate();

    public override bool Has(string key) => Cell(key) is not null;

    public override T? Read<T>(string key, ScalarKind<T> kind, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        var outcome = kind.Parse(text, Context.Read);
        if (outcome.Succeeded)
        {
            return outcome.Value;
        }

        if (outcome.Code is not null)
        {
            Error(key, outcome.Code, $"{Where(key)}: {outcome.Message}");
        }

        return null;
    }

    public override string? Text(string key, bool required = false)
    {
        var text = Cell(key);
        if (text is not null || !required)
        {
            return text;
        }

        if (columns.ContainsKey(key))
        {
            Error(key, DiagnosticCodes.MissingRequired, $"{Where(key)}: the cell is empty; a value is required.");
        }
        else if (!section.Required.Contains(key))
        {
            Context.Read.Diagnostics.Error(Source.Location with { Path = Source.Path.Key(key) }, DiagnosticCodes.MissingRequired, $"{Source.Name}: '{key}' is required; add a {key} column.");
        }

        return null;
    }

    public override void Complete()
    {
    }

    private void Error(string key, string code, string message) =>
        Context.Read.Diagnostics.Error(Source.LocationOf(key), code, message);

    private RowSource Locate() => RowSource.ForTableRow(Context.File, section.Name, index, row, columns);

    /// <summary>The cell's text, trimmed; null when the table has no such column or the cell is empty.</summary>
    private string? Cell(string key)
    {
        if (!columns.TryGetValue(key, out var column) || column > row.Cells.Count)
        {
            return null;
        }

        var text = row.Cells[column - 1].Text.Trim();
        return text.Length == 0 ? null : text;
    }
}
