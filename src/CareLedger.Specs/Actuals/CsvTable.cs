namespace CareLedger.Specs.Actuals;

/// <summary>One cell of a CSV file: its text exactly as written (quotes removed, nothing evaluated) and its column.</summary>
internal readonly record struct CsvCell(string Text, int Column, bool Quoted);

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
    /// <summary>Every row of the text at once; <see cref="CsvRowReader"/> reads them one at a time.</summary>
    public static (IReadOnlyList<CsvRow> Rows, IReadOnlyList<CsvSyntaxError> Errors) Parse(string text)
    {
        var reader = new CsvRowReader(text);
        var rows = new List<CsvRow>();
        while (reader.TryRead(out var row))
        {
            rows.Add(row);
        }

        return (rows, reader.Errors);
    }
}
