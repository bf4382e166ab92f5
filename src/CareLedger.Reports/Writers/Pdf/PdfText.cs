using UglyToad.PdfPig.Core;

namespace CareLedger.Reports.Writers.Pdf;

/// <summary>Text on the page: wrapped to a width by the font's metrics, drawn left- or right-aligned.</summary>
internal sealed class PdfText(PdfPageFlow flow, PdfFonts fonts)
{
    public const double BodySize = 9.5;

    public static double LineHeight(double size) => size * 1.3;

    /// <summary>Breaks text into lines no wider than <paramref name="width"/> at spaces; a single word wider than that is cut.</summary>
    public IReadOnlyList<string> Wrap(string text, double size, bool bold, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in fonts.Printable(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (fonts.Width(candidate, size, bold) <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (current.Length > 1 && fonts.Width(current, size, bold) > width)
            {
                var fits = current.Length - 1;
                while (fits > 1 && fonts.Width(current[..fits], size, bold) > width)
                {
                    fits--;
                }

                lines.Add(current[..fits]);
                current = current[fits..];
            }
        }

        lines.Add(current);
        return lines;
    }

    /// <summary>Draws one line with its top at <paramref name="top"/>.</summary>
    public void Line(string text, double size, bool bold, double x, double top) =>
        flow.Page.AddText(fonts.Printable(text), size, new PdfPoint(x, Baseline(top, size)), fonts.Of(bold));

    /// <summary>Draws one line ending at <paramref name="right"/>, as amounts are set so their pence line up.</summary>
    public void RightAligned(string text, double size, bool bold, double right, double top) =>
        Line(text, size, bold, right - fonts.Width(text, size, bold), top);

    /// <summary>A wrapped paragraph across the page's width, starting new pages as it needs them.</summary>
    public void Paragraph(string text, double size, bool bold, double spaceAfter)
    {
        foreach (var line in Wrap(text, size, bold, flow.ContentWidth))
        {
            flow.Ensure(LineHeight(size));
            Line(line, size, bold, PdfPageFlow.Left, flow.Y);
            flow.Y -= LineHeight(size);
        }

        flow.Y -= spaceAfter;
    }

    // The baseline sits about four fifths of the font size below the top of the line (Helvetica's ascender is 0.718 em).
    private static double Baseline(double top, double size) => top - (size * 0.95);
}
