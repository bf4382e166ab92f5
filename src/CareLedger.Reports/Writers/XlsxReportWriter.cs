using System.Globalization;
using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Reports.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Reports.Writers;

/// <summary>
/// A report's tables as an Excel workbook, one sheet per table. Each sheet starts with the report, contract, version
/// and period, then the table's caption, headings and rows. Amounts are number cells holding the exact figure with a
/// £ format; all text is inline strings, so nothing is ever a formula, whatever it starts with (a party named
/// <c>=HYPERLINK(…)</c> stays text).
/// </summary>
public static class XlsxReportWriter
{
    // Rows before a table's caption: report, contract, version, period, then an empty row.
    private const int HeadingRows = 5;

    public static byte[] Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxReportStyles.Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new XlsxSheetNames();
            uint sheetId = 1;
            foreach (var table in report.Tables)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(report.Heading, table);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = names.Next(table.Name) });
            }
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(ReportHeading heading, ReportTable table)
    {
        List<IReadOnlyList<(ReportCell Cell, bool Bold)>> rows =
        [
            Pair("Report", heading.Title),
            Pair("Contract", heading.ContractName),
            [(ReportCell.Of("Contract version"), true), (ReportCell.Of(heading.ContractVersion.ToString(CultureInfo.InvariantCulture)), false)],
            Pair("Period", heading.Period),
            [],
            [(ReportCell.Of(table.Caption), true)],
            [.. table.Columns.Select(column => (ReportCell.Of(column), true))],
        ];
        rows.AddRange(table.Rows.Select(row => row.Cells.Select(cell => (cell, row.IsTotal)).ToArray()));

        var data = new SheetData();
        for (var index = 0; index < rows.Count; index++)
        {
            var number = index + 1;
            var row = new Row { RowIndex = (uint)number };
            for (var column = 0; column < rows[index].Count; column++)
            {
                var (cell, bold) = rows[index][column];
                if (cell.IsMoney || cell.Text.Length > 0)
                {
                    row.Append(Cell(new CellReference(number, column + 1).ToString(), cell, bold));
                }
            }

            data.Append(row);
        }

        return new Worksheet(Widths(table), data);
    }

    private static (ReportCell, bool)[] Pair(string label, string value) => [(ReportCell.Of(label), true), (ReportCell.Of(value), false)];

    private static Cell Cell(string reference, ReportCell cell, bool bold) => cell.Amount is { } amount
        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(amount.ToPlainString()), StyleIndex = bold ? XlsxReportStyles.BoldMoney : XlsxReportStyles.Money }
        : new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = bold ? XlsxReportStyles.BoldText : XlsxReportStyles.Text,
        };

    // Wide enough for the longest cell in each column (in characters), within reason, so a sheet opens readable.
    private static Columns Widths(ReportTable table)
    {
        var columns = new Columns();
        for (var index = 0; index < Math.Max(2, table.Columns.Count); index++)
        {
            var longest = table.Rows.Select(row => index < row.Cells.Count ? row.Cells[index].Text.Length : 0)
                .Append(index < table.Columns.Count ? table.Columns[index].Length : 0)
                .Append(index < 2 ? 18 : 0)
                .Max();
            var width = Math.Clamp(longest + 2, 10, 70);
            columns.Append(new Column { Min = (uint)(index + 1), Max = (uint)(index + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }
}
