using System.Text;

namespace CareLedger.Specs.Actuals;

/// <summary>One cell of a CSV file: its text exactly as written (quotes removed, nothing evaluated) and its column.</summary>
internal sealed record CsvCell(string Text, int Column, bool Quoted);

/// <summary>One row of a CSV file. <see cref="Number"/> counts rows as a spreadsheet does: the first line is row 1.</summary>
internal sealed record CsvRow(int Number, IReadOnlyList<CsvCell> Cells)
{
    /// <summary>An empty line: one unquoted empty cell. Skipped, but still counted.</summary>
    public bool IsBlank => Cells.Count == 1 && !Cells[0].Quoted && Cells[0].Text.Length == 0;
}

/// <summary>A problem with the CSV syntax itself: where it is and what is wrong.</summary>
internal sealed record CsvSyntaxError(int Row, int Column, string Message);

/// <summary>
/// A small RFC 4180 reader. Cells are separated by commas and rows by line breaks (CRLF, LF or CR); a cell in double
/// quotes may hold commas, line breaks and doubled quotes (<c>""</c>). A byte-order mark at the start is dropped.
/// Rows are numbered as a spreadsheet numbers them: a line break inside a quoted cell does not start a new row, and
/// a blank line is a row (which readers skip). Cells are text, never formulas: <c>=SUM(A1:A3)</c> is those ten
/// characters. Syntax problems are collected, not thrown: an unclosed quote (which swallows the rest of the file),
/// text after a closing quote, and a quote inside an unquoted cell.
/// </summary>
internal static class CsvTable
{
    public static (IReadOnlyList<CsvRow> Rows, IReadOnlyList<CsvSyntaxError> Errors) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<CsvRow>();
        var errors = new List<CsvSyntaxError>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (start >= text.Length)
        {
            return (rows, errors);
        }

        var cells = new List<CsvCell>();
        var cell = new StringBuilder();
        var row = 1;
        var quoted = false;
        var inQuotes = false;
        var afterClosingQuote = false;
        var reportedInCell = false;
        var quoteRow = 0;
        var quoteColumn = 0;

        void EndCell()
        {
            cells.Add(new CsvCell(cell.ToString(), cells.Count + 1, quoted));
            cell.Clear();
            quoted = false;
            afterClosingQuote = false;
            reportedInCell = false;
        }

        void EndRow()
        {
            EndCell();
            rows.Add(new CsvRow(row, cells.ToArray()));
            cells.Clear();
            row++;
        }

        void Report(string message)
        {
            if (!reportedInCell)
            {
                errors.Add(new CsvSyntaxError(row, cells.Count + 1, message));
                reportedInCell = true;
            }
        }

        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                    afterClosingQuote = true;
                }
                else
                {
                    cell.Append(c);
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
                    EndRow();
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '"' when !quoted && cell.ToString().Trim().Length == 0:
                    // Spaces before an opening quote are not part of the cell.
                    cell.Clear();
                    quoted = true;
                    inQuotes = true;
                    quoteRow = row;
                    quoteColumn = cells.Count + 1;
                    break;
                case '"':
                    Report(quoted
                        ? "a quote inside a quoted cell must be doubled (\"\")."
                        : "a cell that contains a quote must be written in quotes, with the quote doubled: \"5\"\" screen\".");
                    cell.Append(c);
                    break;
                default:
                    if (afterClosingQuote)
                    {
                        if (!char.IsWhiteSpace(c))
                        {
                            Report("text after the closing quote of a cell; put the whole cell in quotes, or end it at the quote.");
                            cell.Append(c);
                        }
                    }
                    else
                    {
                        cell.Append(c);
                    }

                    break;
            }

            i++;
        }

        if (inQuotes)
        {
            errors.Add(new CsvSyntaxError(quoteRow, quoteColumn, "a quoted cell is never closed: the quote opened here runs to the end of the file; close it with \"."));
            return (rows, errors);
        }

        // The last row needs no line break after it; a file that ends with one has no empty last row.
        if (cells.Count > 0 || cell.Length > 0 || quoted)
        {
            EndRow();
        }

        return (rows, errors);
    }
}
