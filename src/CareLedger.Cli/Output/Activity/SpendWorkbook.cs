using System.Globalization;
using CareLedger.Analytics.Reporting;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Cli.Output.Activity;

/// <summary>
/// A view of spend as an Excel workbook: a <c>spend</c> sheet with the same columns and figures as the CSV (keys,
/// records, units, patients, not attended, spend to the penny, share as a fraction) and a total row, and an
/// <c>about</c> sheet saying how the figures were made. Keys and notes are always text cells (inline strings), and no
/// cell is ever a formula, so a provider code or a diagnosis that starts with <c>=</c>, <c>+</c>, <c>-</c> or
/// <c>@</c> is shown as written and never run. Counts and amounts are number cells holding the exact decimal digits.
/// </summary>
internal static class SpendWorkbook
{
    public const string SpendSheet = "spend";

    public const string AboutSheet = "about";

    /// <summary>Style indexes in the stylesheet below: 0 plain, 1 a count (#,##0), 2 pounds (#,##0.00), 3 a percentage (0.00%).</summary>
    private const uint Plain = 0, Whole = 1, Money = 2, Percent = 3;

    public static byte[] Write(SpendReport report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, SpendSheet, SpendRows(report));
            AddSheet(workbook, sheets, 2, AboutSheet, AboutRows(report));
        }

        return stream.ToArray();
    }

    private static IEnumerable<Cell[]> SpendRows(SpendReport report)
    {
        yield return [.. report.KeyNames.Select(Text), Text("records"), Text("units"), Text("patients"), Text("not_attended"), Text("spend"), Text("share")];
        foreach (var row in report.Rows)
        {
            yield return [.. row.Keys.Select(Text), Number(row.Records, Whole), Number(row.Units, Whole), Number(row.Patients, Whole),
                Number(row.NotAttended, Whole), Number(row.Spend, Money), Number(row.Share, Percent)];
        }

        // The total is over every row in the store, as the table's last line says; a patient view lists only the top ones.
        yield return [Text("all activity"), .. report.KeyNames.Skip(1).Select(_ => Text(string.Empty)), Number(report.Records, Whole), Text(string.Empty),
            Number(report.Patients, Whole), Number(report.NotAttended, Whole), Number(report.Total, Money), Number(1m, Percent)];
    }

    private static IEnumerable<Cell[]> AboutRows(SpendReport report)
    {
        yield return [Text("view"), Text(report.View.ToString())];
        yield return [Text("spend"), Text("Each spend is its rows' exact cost (units × unit cost, 4 decimal places) rounded to the penny, half away from zero, so lines may differ from the total by pennies.")];
        yield return [Text("share"), Text("The line's exact spend divided by the exact total of all activity.")];
        yield return [Text("not_attended"), Text("Outpatient appointments that did not take place (did not attend, cancelled, not yet held): counted in records, no units, no cost.")];
        yield return [Text("query"), Text(report.Query)];
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<Cell[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint number = 0;
        foreach (var cells in rows)
        {
            number++;
            var row = new Row { RowIndex = number };
            for (var column = 0; column < cells.Length; column++)
            {
                cells[column].CellReference = ColumnName(column) + number.ToString(CultureInfo.InvariantCulture);
                row.Append(cells[column]);
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Cell Text(string value) =>
        new() { DataType = CellValues.InlineString, StyleIndex = Plain, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) };

    private static Cell Number(decimal value, uint style) =>
        new() { DataType = CellValues.Number, StyleIndex = style, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 4 });
}
