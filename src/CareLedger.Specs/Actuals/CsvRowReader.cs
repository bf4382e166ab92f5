using System.Text;

namespace CareLedger.Specs.Actuals;

/// <summary>
/// Reads a CSV text one row at a time (the rules are <see cref="CsvTable"/>'s), so a table of a million rows is
/// read without holding every row at once. Syntax problems are collected as they are found: after each row, those
/// found so far lie in that row or before it; an unclosed quote is found only at the end of the text.
/// </summary>
internal sealed class CsvRowReader
{
    // What ends an unquoted cell, or makes it one to read a character at a time.
    private static readonly System.Buffers.SearchValues<char> CellEnds = System.Buffers.SearchValues.Create(",\r\n\"");

    private readonly string _text;
    private readonly List<CsvSyntaxError> _errors = [];
    private readonly List<CsvCell> _cells = [];
    private readonly StringBuilder _cell = new();
    private readonly CellTexts _texts = new();

    // An unquoted cell taken whole from the text, so its string is made once (or found among those made before)
    // instead of being copied into _cell first. Set only when the cell's end follows at once.
    private string? _taken;
    private int _position;
    private int _row = 1;
    private bool _finished;

    public CsvRowReader(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>Every syntax problem found so far, in the order found.</summary>
    public IReadOnlyList<CsvSyntaxError> Errors => _errors;

    /// <summary>The next row, blank rows included; false at the end of the text.</summary>
    public bool TryRead(out CsvRow row)
    {
        row = null!;
        if (_finished || _position >= _text.Length)
        {
            _finished = true;
            return false;
        }

        var text = _text;
        var quoted = false;
        var inQuotes = false;
        var afterClosingQuote = false;
        var reportedInCell = false;
        var quoteRow = 0;
        var quoteColumn = 0;

        void EndCell()
        {
            _cells.Add(new CsvCell(_taken ?? _cell.ToString(), _cells.Count + 1, quoted));
            _taken = null;
            _cell.Clear();
            quoted = false;
            afterClosingQuote = false;
            reportedInCell = false;
        }

        CsvRow EndRow()
        {
            EndCell();
            var ended = new CsvRow(_row, _cells.ToArray());
            _cells.Clear();
            _row++;
            return ended;
        }

        void Report(string message)
        {
            if (!reportedInCell)
            {
                _errors.Add(new CsvSyntaxError(_row, _cells.Count + 1, message));
                reportedInCell = true;
            }
        }

        var i = _position;
        while (i < text.Length)
        {
            // Most cells hold no quote: taken whole, up to the comma or line break that ends them. A cell with a
            // quote in it is read a character at a time from the quote on.
            if (!inQuotes && !quoted && _cell.Length == 0)
            {
                var end = text.AsSpan(i).IndexOfAny(CellEnds);
                var length = end < 0 ? text.Length - i : end;
                if (end < 0 || text[i + end] != '"')
                {
                    _taken = _texts.Of(text.AsSpan(i, length));

                    i += length;
                    if (i == text.Length)
                    {
                        break;
                    }
                }
                else
                {
                    _cell.Append(text, i, length);
                    i += length;
                }
            }

            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        _cell.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                    afterClosingQuote = true;
                }
                else
                {
                    _cell.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case ',':
                    EndCell();
                    break;
                case '\r' or '\n':
                    row = EndRow();
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    _position = i;
                    return true;
                case '"' when !quoted && IsBlank(_cell):
                    // Spaces before an opening quote are not part of the cell.
                    _cell.Clear();
                    quoted = true;
                    inQuotes = true;
                    quoteRow = _row;
                    quoteColumn = _cells.Count + 1;
                    break;
                case '"':
                    Report(quoted
                        ? "a quote inside a quoted cell must be doubled (\"\")."
                        : "a cell that contains a quote must be written in quotes, with the quote doubled: \"5\"\" screen\".");
                    _cell.Append(c);
                    break;
                default:
                    if (afterClosingQuote)
                    {
                        if (!char.IsWhiteSpace(c))
                        {
                            Report("text after the closing quote of a cell; put the whole cell in quotes, or end it at the quote.");
                            _cell.Append(c);
                        }
                    }
                    else
                    {
                        _cell.Append(c);
                    }

                    break;
            }

            i++;
        }

        _position = i;
        _finished = true;
        if (inQuotes)
        {
            // The quote swallows the rest of the text, so the row it opened is not a row.
            _errors.Add(new CsvSyntaxError(quoteRow, quoteColumn, "a quoted cell is never closed: the quote opened here runs to the end of the file; close it with \"."));
            _cells.Clear();
            _cell.Clear();
            _taken = null;
            return false;
        }

        // The last row needs no line break after it; a text that ends with one has no empty last row.
        if (_cells.Count > 0 || _cell.Length > 0 || _taken is not null || quoted)
        {
            row = EndRow();
            return true;
        }

        return false;
    }

    private static bool IsBlank(StringBuilder cell)
    {
        for (var index = 0; index < cell.Length; index++)
        {
            if (!char.IsWhiteSpace(cell[index]))
            {
                return false;
            }
        }

        return true;
    }
}
