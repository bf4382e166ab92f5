using System.Globalization;
using System.Text;
using CareLedger.Specs.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Application.Actuals.Xlsx;

/// <summary>
/// Writes one sheet as CSV text that keeps the sheet's geometry: CSV row <c>n</c> is sheet row <c>n</c> (a row the
/// sheet skips is a blank line, which the CSV reader counts and skips) and CSV column <c>c</c> is sheet column
/// <c>c</c> (A is 1), so every finding the CSV checks report is the cell's own row and column. Values are taken as
/// the file stores them: text as written, numbers in the file's own notation (never through a double), TRUE and
/// FALSE for booleans. A formula is refused rather than read: CareLedger reads values, as it never runs a CSV cell.
/// </summary>
internal sealed class SheetText(string source, SharedStrings strings, XlsxProblems problems)
{
    private readonly StringBuilder _text = new();
    private int _row;

    /// <summary>True when some cell of the sheet holds a value.</summary>
    public bool HasValues { get; private set; }

    /// <summary>Characters written so far; the reader stops when the workbook's total is beyond the limit.</summary>
    public long Length => _text.Length;

    /// <summary>Reads the sheet a row at a time; false when it had to stop (a limit, a malformed row).</summary>
    public bool Read(WorksheetPart part, long budget)
    {
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            if (!Write((Row)reader.LoadCurrentElement()!) || _text.Length > budget)
            {
                if (_text.Length > budget)
                {
                    problems.Cell(source, _row, 1, DiagnosticCodes.NotText, $"the workbook's tables come to more than {XlsxLimits.TextCharacters / (1024 * 1024)} Mi characters, beyond the limit for an actuals file; split it into several files.");
                }

                return false;
            }
        }

        return true;
    }

    public override string ToString() => _text.ToString();

    private bool Write(Row row)
    {
        var number = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : _row + 1;
        if (number <= _row || number > XlsxLimits.Rows)
        {
            problems.Cell(source, Math.Max(_row, 1), 1, DiagnosticCodes.NotText, $"row {number.ToString(CultureInfo.InvariantCulture)} comes after row {_row.ToString(CultureInfo.InvariantCulture)}: the sheet's rows are out of order or beyond {XlsxLimits.Rows:N0}, so the workbook is damaged. Open and save it in a spreadsheet, then try again.");
            return false;
        }

        // Rows the sheet leaves out are blank lines: row numbers stay the sheet's own.
        _text.Append('\n', number - _row - (_row == 0 ? 1 : 0));
        _row = number;
        var column = 0;
        var first = true;
        foreach (var cell in row.Elements<Cell>())
        {
            var at = CellReference.Parse(cell.CellReference?.Value);
            var next = at?.Column ?? column + 1;
            if (at is { } reference && reference.Row != number || next <= column)
            {
                problems.Cell(source, number, column + 1, DiagnosticCodes.NotText, $"cell '{cell.CellReference?.Value}' is out of place in row {number.ToString(CultureInfo.InvariantCulture)}: the workbook is damaged. Open and save it in a spreadsheet, then try again.");
                return false;
            }

            var value = Value(cell, number, next);
            if (value is null)
            {
                continue;
            }

            _text.Append(',', next - column - (first ? 1 : 0));
            first = false;
            column = next;
            AppendCell(value);
        }

        return true;
    }

    /// <summary>The cell's text, or null for an empty cell and for one reported as unreadable.</summary>
    private string? Value(Cell cell, int row, int column)
    {
        var type = cell.DataType?.Value;
        if (cell.CellFormula is { } formula)
        {
            problems.Cell(source, row, column, DiagnosticCodes.WrongType, $"cell {new CellReference(row, column)} holds a formula (={Shorten(formula.Text)}); CareLedger reads values, never formulas. Copy the column and paste it back as values, then try again.");
            return null;
        }

        if (type == CellValues.SharedString)
        {
            var text = cell.CellValue?.Text;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || strings[index] is not { } shared)
            {
                problems.Cell(source, row, column, DiagnosticCodes.NotText, $"cell {new CellReference(row, column)} refers to shared string {text}, which the workbook does not have: it is damaged. Open and save it in a spreadsheet, then try again.");
                return null;
            }

            return Present(shared);
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Present(SharedStrings.TextOf(inline)) : null;
        }

        if (type == CellValues.Error)
        {
            problems.Cell(source, row, column, DiagnosticCodes.WrongType, $"cell {new CellReference(row, column)} holds the error {cell.CellValue?.Text}; give the value itself.");
            return null;
        }

        if (type == CellValues.Boolean)
        {
            return cell.CellValue?.Text == "1" ? "TRUE" : "FALSE";
        }

        // A number (or a date, which a workbook stores as a number of days) exactly as the file writes it.
        return Present(cell.CellValue?.Text);
    }

    private static string? Present(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private void AppendCell(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(value);
            HasValues = true;
            return;
        }

        _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        HasValues = true;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
