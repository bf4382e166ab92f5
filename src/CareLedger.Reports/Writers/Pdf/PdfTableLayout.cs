using CareLedger.Reports.Model;
using UglyToad.PdfPig.Core;

namespace CareLedger.Reports.Writers.Pdf;

/// <summary>
/// A table across the page: its caption, column headings (repeated at the top of each page it runs onto), rows with
/// text wrapped in its column and amounts right-aligned, and a total row in bold under a heavier rule.
/// </summary>
internal sealed class PdfTableLayout(PdfPageFlow flow, PdfFonts fonts, PdfText text)
{
    private const double Padding = 4;
    private const double Size = PdfText.BodySize;

    public void Draw(ReportTable table)
    {
        var widths = Widths(table);
        var captionLines = text.Wrap(table.Caption, Size + 0.5, true, flow.ContentWidth);
        // Keep the caption with the headings and at least the first row.
        flow.Ensure((captionLines.Count * PdfText.LineHeight(Size + 0.5)) + (3 * RowHeight(1)));
        text.Paragraph(table.Caption, Size + 0.5, true, 2);
        Headings(table, widths);
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select((cell, column) => cell.IsMoney ? [cell.Text] : text.Wrap(cell.Text, Size, row.IsTotal, widths[column] - (2 * Padding))).ToArray();
            var height = RowHeight(cells.Max(lines => lines.Count));
            if (flow.Ensure(height))
            {
                Headings(table, widths);
            }

            if (row.IsTotal)
            {
                flow.Page.DrawLine(new PdfPoint(PdfPageFlow.Left, flow.Y), new PdfPoint(flow.Right, flow.Y), 1.2);
            }

            var x = PdfPageFlow.Left;
            for (var column = 0; column < cells.Length; column++)
            {
                for (var line = 0; line < cells[column].Count; line++)
                {
                    var top = flow.Y - Padding - (line * PdfText.LineHeight(Size));
                    if (table.IsMoneyColumn(column))
                    {
                        text.RightAligned(cells[column][line], Size, row.IsTotal, x + widths[column] - Padding, top);
                    }
                    else
                    {
                        text.Line(cells[column][line], Size, row.IsTotal, x + Padding, top);
                    }
                }

                x += widths[column];
            }

            flow.Y -= height;
            Rule(0.3);
        }

        flow.Y -= 14;
    }

    private void Headings(ReportTable table, double[] widths)
    {
        var x = PdfPageFlow.Left;
        var lines = table.Columns.Select((heading, column) => text.Wrap(heading, Size, true, widths[column] - (2 * Padding))).ToArray();
        for (var column = 0; column < table.Columns.Count; column++)
        {
            for (var line = 0; line < lines[column].Count; line++)
            {
                var top = flow.Y - Padding - (line * PdfText.LineHeight(Size));
                if (table.IsMoneyColumn(column))
                {
                    text.RightAligned(lines[column][line], Size, true, x + widths[column] - Padding, top);
                }
                else
                {
                    text.Line(lines[column][line], Size, true, x + Padding, top);
                }
            }

            x += widths[column];
        }

        flow.Y -= RowHeight(lines.Max(heading => heading.Count));
        Rule(0.9);
    }

    private void Rule(double width)
    {
        flow.Page.SetStrokeColor(140, 150, 156);
        flow.Page.DrawLine(new PdfPoint(PdfPageFlow.Left, flow.Y), new PdfPoint(flow.Right, flow.Y), width);
        flow.Page.ResetColor();
    }

    private static double RowHeight(int lines) => (lines * PdfText.LineHeight(Size)) + (2 * Padding) - 2;

    /// <summary>
    /// Money columns as wide as their widest amount; text columns share what is left in proportion to their longest
    /// text (capped, so one long reason does not squeeze the party's name to nothing).
    /// </summary>
    private double[] Widths(ReportTable table)
    {
        var count = table.Columns.Count;
        var widths = new double[count];
        var natural = new double[count];
        for (var column = 0; column < count; column++)
        {
            var widest = table.Rows.Select(row => fonts.Width(row.Cells[column].Text, Size, true))
                .Append(fonts.Width(table.Columns[column], Size, true))
                .Max() + (2 * Padding) + 1;
            if (table.IsMoneyColumn(column))
            {
                widths[column] = widest;
            }
            else
            {
                natural[column] = Math.Clamp(widest, 48, flow.ContentWidth * 0.6);
            }
        }

        var left = flow.ContentWidth - widths.Sum();
        var wanted = natural.Sum();
        for (var column = 0; column < count; column++)
        {
            if (!table.IsMoneyColumn(column))
            {
                widths[column] = wanted <= 0 ? 0 : left * natural[column] / wanted;
            }
        }

        return widths;
    }
}
