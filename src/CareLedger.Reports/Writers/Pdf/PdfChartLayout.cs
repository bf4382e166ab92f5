using CareLedger.Reports.Model;
using UglyToad.PdfPig.Core;

namespace CareLedger.Reports.Writers.Pdf;

/// <summary>
/// A horizontal bar chart drawn with rectangles: each bar's label on the left, its bar from a common zero line (to
/// the left for a negative amount), and its amount, to the penny, on the right. The report puts the table of the
/// same figures after it.
/// </summary>
internal sealed class PdfChartLayout(PdfPageFlow flow, PdfFonts fonts, PdfText text)
{
    private const double Size = PdfText.BodySize;
    private const double BarHeight = 10;
    private const double Gap = 8;

    public void Draw(ReportChart chart)
    {
        if (chart.Bars.Count == 0)
        {
            return;
        }

        flow.Ensure(PdfText.LineHeight(Size + 1) + (3 * PdfText.LineHeight(Size)));
        text.Paragraph(chart.Title, Size + 1, true, 4);

        var labelWidth = flow.ContentWidth * 0.34;
        var amountWidth = chart.Bars.Max(bar => fonts.Width(bar.Amount.ToString(), Size, false)) + Gap;
        var barLeft = PdfPageFlow.Left + labelWidth + Gap;
        var barWidth = flow.ContentWidth - labelWidth - Gap - amountWidth;
        // Doubles only for where a bar ends on the page; the amount printed beside it is the exact figure.
        var largest = (double)chart.Bars.Max(bar => Math.Max(bar.Amount.Amount, 0m));
        var smallest = (double)chart.Bars.Min(bar => Math.Min(bar.Amount.Amount, 0m));
        var span = largest - smallest;
        var zero = span == 0 ? barLeft : barLeft + (barWidth * -smallest / span);

        foreach (var bar in chart.Bars)
        {
            var labels = text.Wrap(bar.Label, Size, false, labelWidth);
            var height = Math.Max(labels.Count * PdfText.LineHeight(Size), BarHeight + 4) + 3;
            flow.Ensure(height);
            for (var line = 0; line < labels.Count; line++)
            {
                text.Line(labels[line], Size, false, PdfPageFlow.Left, flow.Y - (line * PdfText.LineHeight(Size)));
            }

            var length = span == 0 ? 0 : barWidth * (double)bar.Amount.Amount / span;
            var barBottom = flow.Y - BarHeight - 1.5;
            if (bar.Amount.IsNegative)
            {
                flow.Page.SetTextAndFillColor(212, 53, 28);
                flow.Page.SetStrokeColor(212, 53, 28);
            }
            else
            {
                flow.Page.SetTextAndFillColor(0, 94, 184);
                flow.Page.SetStrokeColor(0, 94, 184);
            }

            if (length != 0)
            {
                flow.Page.DrawRectangle(new PdfPoint(Math.Min(zero, zero + length), barBottom), Math.Abs(length), BarHeight, 0.5, fill: true);
            }

            flow.Page.ResetColor();
            text.RightAligned(bar.Amount.ToString(), Size, false, flow.Right, flow.Y);
            flow.Y -= height;
        }

        flow.Page.SetStrokeColor(75, 85, 92);
        flow.Page.DrawLine(new PdfPoint(zero, flow.Y + 2), new PdfPoint(zero, flow.Y + 2 + (chart.Bars.Count * 4)), 0.5);
        flow.Page.ResetColor();
        flow.Y -= 10;
    }
}
