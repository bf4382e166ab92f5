using System.Text;

namespace CareLedger.Cli.Output;

/// <summary>
/// One cell of a <see cref="TextTable"/>, prepared once when its row is added: cleaned and escaped, cut to the table's
/// limits and wrapped to its column, so that measuring and writing the table only read these lines.
/// </summary>
internal sealed class TableCell
{
    private TableCell(string[] lines, bool isFigure)
    {
        Lines = lines;
        Width = lines.Max(line => line.Length);
        IsBlank = lines is [var only] && only is "" or "-" or "—";
        IsFigure = isFigure;
    }

    /// <summary>The printed lines: one, or for a wrapped column up to <see cref="TextTable.MaxLines"/>.</summary>
    public IReadOnlyList<string> Lines { get; }

    public int Width { get; }

    /// <summary>Empty, or a dash or an em dash alone: a conventional "nothing here" that does not stop a column counting as figures.</summary>
    public bool IsBlank { get; }

    /// <summary>An amount, count or percentage (<see cref="NumericText.IsFigure"/>), which right-aligns its column.</summary>
    public bool IsFigure { get; }

    public static TableCell Of(string? text, int? maxWidth)
    {
        if (maxWidth is not { } width)
        {
            var cleaned = TextTable.OneLine(text, TextTable.MaxUnwrappedLength);
            return new TableCell([cleaned], NumericText.IsFigure(cleaned));
        }

        var whole = TextTable.OneLine(text, limit: null);
        return new TableCell(whole.Length <= width ? [whole] : Wrap(whole, width), NumericText.IsFigure(whole));
    }

    /// <summary>
    /// Wraps at spaces into lines of at most <paramref name="width"/> characters (a word longer than that is cut into
    /// pieces); stops after <see cref="TextTable.MaxLines"/> lines, ending the last in an ellipsis if text is left.
    /// Each character is looked at a bounded number of times, so a megabyte-long reason costs what its length does.
    /// </summary>
    private static string[] Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder(width);
        var position = 0;
        var full = false;
        while (!full)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            if (position == text.Length)
            {
                break;
            }

            var end = text.IndexOf(' ', position);
            end = end < 0 ? text.Length : end;
            var word = text.AsSpan(position, end - position);
            position = end;
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            while (line.Length == 0 && word.Length > width && lines.Count <= TextTable.MaxLines)
            {
                lines.Add(word[..width].ToString());
                word = word[width..];
            }

            full = lines.Count > TextTable.MaxLines;
            if (!full)
            {
                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }
        }

        if (!full && (line.Length > 0 || lines.Count == 0))
        {
            lines.Add(line.ToString());
        }

        if (lines.Count <= TextTable.MaxLines)
        {
            return [.. lines];
        }

        var kept = lines.GetRange(0, TextTable.MaxLines);
        var last = kept[^1];
        kept[^1] = last.Length < width ? last + "…" : TextTable.Cut(last, width);
        return [.. kept];
    }
}
