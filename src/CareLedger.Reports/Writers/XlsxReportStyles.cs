using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CareLedger.Reports.Writers;

/// <summary>
/// The few cell styles a report workbook needs, by their index in the stylesheet: plain text, an amount in pounds
/// (shown to the penny with £ and thousands separators, the cell holding the exact number), and bold forms of both
/// for headings and total rows.
/// </summary>
internal static class XlsxReportStyles
{
    public const uint Text = 0;
    public const uint Money = 1;
    public const uint BoldText = 2;
    public const uint BoldMoney = 3;

    // The first id a workbook may use for its own number formats; lower ids are built in.
    private const uint PoundsFormatId = 164;

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = PoundsFormatId, FormatCode = StringValue.FromString("\"£\"#,##0.00;\\-\"£\"#,##0.00") }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = PoundsFormatId, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = PoundsFormatId, ApplyNumberFormat = true, FontId = 1, ApplyFont = true }) { Count = 4 });
}
