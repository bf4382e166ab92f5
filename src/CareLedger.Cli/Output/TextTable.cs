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
/// <remarks>
/// Cost is linear in the text added: each cell is cleaned, escaped, cut and wrapped once, when it is added, and the
/// table is written from those pieces. Text taken from input files can be any length, so a table shows at most
/// <see cref="MaxLines"/> lines of a wrapped cell and <see cref="MaxUnwrappedLength"/> characters of any other, ending
/// in <c>…</c> where it was cut; JSON, CSV and <c>explain</c> carry the whole text. Control characters and
/// bidirectional overrides are shown escaped (<see cref="TerminalText"/>) before widths are measured, so columns
/// line up whatever the cells hold.
/// </remarks>
public sealed class TextTable
{
    /// <summary>The most lines a wrapped cell takes; the last of them ends in an ellipsis when text was left out.</summary>
    public const int MaxLines = 10;

    /// <summary>The most characters a cell of a column without a maximum width shows, the ellipsis included.</summary>
    public const int MaxUnwrappedLength = 200;

    private const string Gap = "  ";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";
    private const char Ellipsis = '…';

    private readonly TableColumn[] _columns;
    private readonly List<TableCell[]> _rows = [];

    public TextTable(params IEnumerable<TableColumn> columns)
    {
        _columns = columns.ToArray();
        if (_columns.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        if (_columns.Any(column => column.MaxWidth is < 2))
        {
            throw new ArgumentException("A column's maximum width must be at least 2, room for a character and an ellipsis.", nameof(columns));
        }
    }

    public IReadOnlyList<TableColumn> Columns => _columns;

    public int RowCount => _rows.Count;

    /// <summary>
    /// Adds a row; it must have one cell per column. Null cells print empty; line breaks and tabs print as spaces;
    /// other control characters print escaped; overlong text is cut with an ellipsis.
    /// </summary>
    public TextTable AddRow(params IEnumerable<string?> cells)
    {
        var texts = cells.ToArray();
        if (texts.Length != _columns.Length)
        {
            throw new ArgumentException($"The row has {texts.Length} cells but the table has {_columns.Length} columns.", nameof(cells));
        }

        _rows.Add(texts.Select((text, index) => TableCell.Of(text, _columns[index].MaxWidth)).ToArray());
        return this;
    }

    public void Write(TextWriter writer, bool useColour = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var headers = _columns.Select(column => OneLine(column.Header, null)).ToArray();
        var widths = Widths(headers);
        var rightAligned = _columns.Select((_, index) => IsRightAligned(index)).ToArray();

        var header = Line(headers, widths, rightAligned);
        if (useColour && writer is TerminalWriter terminal)
        {
            terminal.WriteBold(header);
            terminal.WriteLine();
        }
        else
        {
            writer.WriteLine(useColour ? Bold + header + Reset : header);
        }

        writer.WriteLine(Line(widths.Select(width => new string('-', width)).ToArray(), widths, rightAligned));
        var line = new string[_columns.Length];
        foreach (var row in _rows)
        {
            var height = row.Max(cell => cell.Lines.Count);
            for (var index = 0; index < height; index++)
            {
                for (var column = 0; column < row.Length; column++)
                {
                    line[column] = index < row[column].Lines.Count ? row[column].Lines[index] : string.Empty;
                }

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

    private int[] Widths(string[] headers)
    {
        var widths = headers.Select(header => header.Length).ToArray();
        foreach (var row in _rows)
        {
            for (var column = 0; column < row.Length; column++)
            {
                widths[column] = Math.Max(widths[column], row[column].Width);
            }
        }

        return widths;
    }

    private bool IsRightAligned(int index) => _columns[index].Alignment switch
    {
        ColumnAlignment.Right => true,
        ColumnAlignment.Left => false,
        _ => _rows.Any(row => !row[index].IsBlank) && _rows.All(row => row[index].IsBlank || row[index].IsFigure),
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

            var padding = widths[index] - cells[index].Length;
            if (rightAligned[index])
            {
                line.Append(' ', padding).Append(cells[index]);
            }
            else
            {
                line.Append(cells[index]).Append(' ', padding);
            }
        }

        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }

        return line.ToString(0, end);
    }

    /// <summary>
    /// Text as a table cell (or any one-line text in a readable output) may print it: line breaks (a CRLF pair as one) and tabs as spaces, unsafe characters
    /// escaped, and, when <paramref name="limit"/> is given, at most that many characters with an ellipsis last if
    /// it was cut. Reads no further into the text than the limit needs.
    /// </summary>
    public static string OneLine(string? cell, int? limit)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        var max = limit ?? int.MaxValue;
        var text = new StringBuilder(Math.Min(cell.Length, max == int.MaxValue ? cell.Length : max + 1));
        for (var index = 0; index < cell.Length && text.Length <= max; index++)
        {
            var character = cell[index];
            if (character == '\n' && index > 0 && cell[index - 1] == '\r')
            {
                continue;
            }

            if (character is '\r' or '\n' or '\t' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                text.Append(' ');
            }
            else if (TerminalText.IsUnsafe(character))
            {
                text.Append(TerminalText.EscapeOf(character));
            }
            else
            {
                text.Append(character);
            }
        }

        return text.Length > max ? Cut(text.ToString(), max) : text.ToString();
    }

    /// <summary>The first <paramref name="length"/> characters, the last of them an ellipsis; never half a surrogate pair.</summary>
    internal static string Cut(string text, int length)
    {
        var kept = length - 1;
        if (kept > 0 && char.IsHighSurrogate(text[kept - 1]))
        {
            kept--;
        }

        return string.Concat(text.AsSpan(0, kept), Ellipsis.ToString());
    }
}
