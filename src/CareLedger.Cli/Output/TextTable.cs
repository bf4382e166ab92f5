using System.Text;

namespace CareLedger.Cli.Output;

/// <summary>
/// A plain-text table for terminals and logs: a header row, a dashed underline as wide as each column, then the rows.
/// Column widths come from the content; columns are separated by two spaces; figures right-align (see
/// <see cref="ColumnAlignment.Auto"/>); lines carry no trailing spaces. Output is deterministic: the same rows
/// always give the same text. A column with a <see cref="TableColumn.MaxWidth"/> wraps long cells onto continuation
/// lines. ANSI styling (a bold header) is used only when the caller says the output is a colour terminal, never when it
/// is redirected.
/// </summary>
public sealed class TextTable
{
    private const string Gap = "  ";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    private readonly TableColumn[] _columns;
    private readonly List<string[]> _rows = [];

    public TextTable(params IEnumerable<TableColumn> columns)
    {
        _columns = columns.ToArray();
        if (_columns.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        if (_columns.Any(column => column.MaxWidth is < 1))
        {
            throw new ArgumentException("A column's maximum width must be at least 1.", nameof(columns));
        }
    }

    public IReadOnlyList<TableColumn> Columns => _columns;

    public int RowCount => _rows.Count;

    /// <summary>Adds a row; it must have one cell per column. Null cells print empty; line breaks and tabs print as spaces.</summary>
    public TextTable AddRow(params IEnumerable<string?> cells)
    {
        var row = cells.Select(Clean).ToArray();
        if (row.Length != _columns.Length)
        {
            throw new ArgumentException($"The row has {row.Length} cells but the table has {_columns.Length} columns.", nameof(cells));
        }

        _rows.Add(row);
        return this;
    }

    public void Write(TextWriter writer, bool useColour = false)
    {
        var widths = Widths();
        var rightAligned = _columns.Select((_, index) => IsRightAligned(index)).ToArray();

        var header = Line(_columns.Select(column => Clean(column.Header)).ToArray(), widths, rightAligned);
        writer.WriteLine(useColour ? Bold + header + Reset : header);
        writer.WriteLine(Line(widths.Select(width => new string('-', width)).ToArray(), widths, rightAligned));
        foreach (var row in _rows)
        {
            foreach (var line in Wrap(row))
            {
                writer.WriteLine(Line(line, widths, rightAligned));
            }
        }
    }

    /// <summary>The table as text without colour, lines ending in <c>\n</c>.</summary>
    public override string ToString()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        Write(writer);
        return writer.ToString();
    }

    private int[] Widths() =>
        _columns
            .Select((column, index) => _rows
                .Select(row => WrapCell(row[index], column.MaxWidth).Max(part => part.Length))
                .Prepend(Clean(column.Header).Length)
                .Max())
            .ToArray();

    /// <summary>A row as one or more printed lines: each cell wrapped to its column, shorter cells padded with blanks.</summary>
    private IEnumerable<string[]> Wrap(string[] row)
    {
        var parts = row.Select((cell, index) => WrapCell(cell, _columns[index].MaxWidth)).ToArray();
        var height = parts.Max(part => part.Count);
        for (var line = 0; line < height; line++)
        {
            yield return parts.Select(part => line < part.Count ? part[line] : string.Empty).ToArray();
        }
    }

    private static List<string> WrapCell(string cell, int? maxWidth)
    {
        if (maxWidth is not { } width || cell.Length <= width)
        {
            return [cell];
        }

        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in cell.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            if (current.Length > 0 && current.Length + 1 + rest.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            // A word longer than the column is cut into column-wide pieces.
            while (current.Length == 0 && rest.Length > width)
            {
                lines.Add(rest[..width]);
                rest = rest[width..];
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(rest);
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    private bool IsRightAligned(int index) => _columns[index].Alignment switch
    {
        ColumnAlignment.Right => true,
        ColumnAlignment.Left => false,
        _ => _rows.Any(row => !IsBlank(row[index])) && _rows.All(row => IsBlank(row[index]) || NumericText.IsFigure(row[index])),
    };

    private static string Line(string[] cells, int[] widths, bool[] rightAligned)
    {
        var line = new StringBuilder();
        for (var index = 0; index < cells.Length; index++)
        {
            if (index > 0)
            {
                line.Append(Gap);
            }

            line.Append(rightAligned[index] ? cells[index].PadLeft(widths[index]) : cells[index].PadRight(widths[index]));
        }

        return line.ToString().TrimEnd();
    }

    // A dash or an em dash alone is a conventional "nothing here" and does not stop a column counting as figures.
    private static bool IsBlank(string cell) => cell.Length == 0 || cell is "-" or "—";

    private static string Clean(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        var text = new StringBuilder(cell.Length);
        foreach (var character in cell.ReplaceLineEndings(" "))
        {
            text.Append(char.IsControl(character) ? ' ' : character);
        }

        return text.ToString();
    }
}
