using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Application.Actuals.Xlsx;

/// <summary>
/// Writes tables of actuals as an Excel workbook, one sheet per table named after its section, which
/// <see cref="XlsxActualsReader"/> reads back cell for cell. A plain number (<c>1850</c>, <c>1450.00</c>) is written as
/// a number cell holding exactly those digits; everything else (ids, periods, <c>£1,450</c>, evidence) as text, so
/// nothing is ever a formula, however it starts.
/// </summary>
public static partial class XlsxActualsWriter
{
    /// <param name="tables">Each table's sheet name and rows (the header first); a null or empty cell is left empty.</param>
    public static byte[] Write(IEnumerable<(string Sheet, IReadOnlyList<string?[]> Rows)> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, rows) in tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(Data(rows));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }
        }

        return stream.ToArray();
    }

    private static SheetData Data(IReadOnlyList<string?[]> rows)
    {
        var data = new SheetData();
        for (var index = 0; index < rows.Count; index++)
        {
            var number = (uint)(index + 1);
            var row = new Row { RowIndex = number };
            for (var column = 0; column < rows[index].Length; column++)
            {
                if (rows[index][column] is { Length: > 0 } value)
                {
                    row.Append(Cell(new CellReference((int)number, column + 1).ToString(), value));
                }
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell Cell(string reference, string value) =>
        PlainNumber().IsMatch(value)
            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) };

    [GeneratedRegex(@"^-?\d{1,15}(\.\d{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
