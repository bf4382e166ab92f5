using System.Globalization;
using CareLedger.Reports.Writers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Reports.Tests;

public sealed class XlsxReportWriterTests
{
    [Fact]
    public void Amounts_are_pound_number_cells_that_add_up_to_the_total_to_the_penny()
    {
        using var stream = new MemoryStream(XlsxReportWriter.Write(StatementFixture.Report()));
        using var document = SpreadsheetDocument.Open(stream, false);
        var cells = Cells(document);

        var numbers = cells.Where(cell => cell.DataType?.Value == CellValues.Number).ToArray();
        // Rows 1–7 are the heading and the column names; the lines follow, then the total row.
        var lines = numbers.Where(cell => cell.CellReference!.Value!.StartsWith('C') && cell.CellReference.Value != "C11").Select(Decimal).ToArray();
        var total = Decimal(numbers.Single(cell => cell.CellReference!.Value == "C11"));
        Assert.Equal([1_250_000.00m, -3_456.78m, 0.01m], lines);
        Assert.Equal(StatementFixture.Total.Amount, total);
        Assert.Equal(total, lines.Sum());

        var pounds = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().Single();
        Assert.Contains("£", pounds.FormatCode!.Value, StringComparison.Ordinal);
        var moneyStyles = document.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>()
            .Select((format, index) => (format, index)).Where(pair => pair.format.NumberFormatId?.Value == pounds.NumberFormatId!.Value).Select(pair => (uint)pair.index).ToHashSet();
        Assert.All(numbers.Where(cell => cell.CellReference!.Value!.StartsWith('C')), cell => Assert.Contains(cell.StyleIndex!.Value, moneyStyles));
    }

    [Fact]
    public void A_party_named_like_a_formula_stays_text_and_no_cell_is_a_formula()
    {
        using var stream = new MemoryStream(XlsxReportWriter.Write(StatementFixture.Report()));
        using var document = SpreadsheetDocument.Open(stream, false);
        var cells = Cells(document);

        Assert.DoesNotContain(cells, cell => cell.CellFormula is not null);
        var hostile = cells.Single(cell => cell.InnerText.Contains("HYPERLINK", StringComparison.Ordinal) && cell.CellReference!.Value == "A6");
        Assert.Equal(CellValues.InlineString, hostile.DataType!.Value);
        Assert.Equal("Riverside alliance", cells.Single(cell => cell.CellReference!.Value == "B2").InnerText);
        Assert.Equal("3", cells.Single(cell => cell.CellReference!.Value == "B3").InnerText);
        Assert.Equal("2016/17-Q1", cells.Single(cell => cell.CellReference!.Value == "B4").InnerText);
    }

    private static Cell[] Cells(SpreadsheetDocument document) =>
        [.. document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>()];

    private static decimal Decimal(Cell cell) => decimal.Parse(cell.CellValue!.Text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
