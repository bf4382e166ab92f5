using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// A row of a CSV actuals table. Problems are reported at the row and the column of the cell (row 1 is the header)
/// and name the column. An empty cell is an absent value. A column the table lacks is reported once, at the header,
/// when every row needs it; otherwise at each row that needs it.
/// </summary>
internal sealed class CsvActualsRecord(CsvRow row, IReadOnlyDictionary<string, int> columns, ActualsSection section, ActualsContext context)
    : ActualsRecord(context)
{
    public override string Name => $"{section.Name} row {row.Number}";

    public override SourceRef Source => new(Context.File, Name, row.Number, 1);

    public override string Where(string key) => $"{Name}, column '{key}'";

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
            ErrorAtRecord(DiagnosticCodes.MissingRequired, $"{Name}: '{key}' is required; add a {key} column.");
        }

        return null;
    }

    public override void Error(string key, string code, string message)
    {
        if (columns.TryGetValue(key, out var column))
        {
            Context.Error(row.Number, column, code, message);
        }
        else
        {
            ErrorAtRecord(code, message);
        }
    }

    public override void ErrorAtRecord(string code, string message) => Context.Error(row.Number, 1, code, message);

    public override void Complete()
    {
    }

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
