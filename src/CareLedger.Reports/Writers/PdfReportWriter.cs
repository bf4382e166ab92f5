using CareLedger.Reports.Model;
using CareLedger.Reports.Writers.Pdf;
using UglyToad.PdfPig.Writer;

namespace CareLedger.Reports.Writers;

/// <summary>
/// A report as an A4 PDF: its title and the contract, version and period at the top, then its headings,
/// paragraphs, charts and tables in order, and on every page a footer naming the contract, version, period and page.
/// Amounts are printed exactly as the screen shows them (to the penny, £, thousands separators).
/// </summary>
public static class PdfReportWriter
{
    public static byte[] Write(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = $"{report.Heading.Title} – {report.Heading.Summary}";
        builder.DocumentInformation.Producer = "CareLedger";
        var flow = new PdfPageFlow(builder);
        var fonts = new PdfFonts(builder, flow.Page);
        var text = new PdfText(flow, fonts);
        var tables = new PdfTableLayout(flow, fonts, text);
        var charts = new PdfChartLayout(flow, fonts, text);

        text.Paragraph(report.Heading.Title, 18, true, 4);
        text.Paragraph(report.Heading.Summary, 11, false, 14);
        foreach (var block in report.Blocks)
        {
            switch (block)
            {
                case ReportHeadingBlock heading:
                    flow.Ensure(80);
                    flow.Y -= 6;
                    text.Paragraph(heading.Text, 13, true, 6);
                    break;
                case ReportParagraph paragraph:
                    text.Paragraph(paragraph.Text, PdfText.BodySize, false, 6);
                    break;
                case ReportTable table:
                    tables.Draw(table);
                    break;
                case ReportChart chart:
                    charts.Draw(chart);
                    break;
                default:
                    throw new ArgumentException($"A report block of type {block.GetType().Name} has no PDF layout.", nameof(report));
            }
        }

        flow.Footers(fonts, report.Heading.Summary);
        return builder.Build();
    }
}
