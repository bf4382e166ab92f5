using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace CareLedger.Reports.Writers.Pdf;

/// <summary>
/// Pages as a report fills them top to bottom: where the next line goes, a new A4 page when the next piece does not
/// fit, and at the end every page's footer naming the contract, version, period and "page n of m" (known only once
/// all pages exist, which is why footers are written last). Units are PDF points (1/72 inch), y upwards.
/// </summary>
internal sealed class PdfPageFlow
{
    public const double Margin = 48;
    private const double FooterSpace = 28;

    private readonly PdfDocumentBuilder _builder;
    private readonly List<PdfPageBuilder> _pages = [];

    public PdfPageFlow(PdfDocumentBuilder builder)
    {
        _builder = builder;
        NewPage();
    }

    public PdfPageBuilder Page => _pages[^1];

    /// <summary>The baseline-independent cursor: the top of the next piece to draw.</summary>
    public double Y { get; set; }

    public static double Left => Margin;

    public double Right => Page.PageSize.Width - Margin;

    public double ContentWidth => Right - Left;

    private double Top => Page.PageSize.Height - Margin;

    private const double Bottom = Margin + FooterSpace;

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one; true when it started one.</summary>
    public bool Ensure(double height)
    {
        if (Y - height >= Bottom || Y >= Top)
        {
            return false;
        }

        NewPage();
        return true;
    }

    public void NewPage()
    {
        _pages.Add(_builder.AddPage(PageSize.A4));
        Y = Top;
    }

    public void Footers(PdfFonts fonts, string text)
    {
        for (var index = 0; index < _pages.Count; index++)
        {
            var page = _pages[index];
            page.SetTextAndFillColor(75, 85, 92);
            var footer = fonts.Printable($"{text} · page {index + 1} of {_pages.Count}");
            page.AddText(footer, 8, new PdfPoint(Margin, Margin), fonts.Regular);
            page.DrawLine(new PdfPoint(Margin, Margin + 12), new PdfPoint(page.PageSize.Width - Margin, Margin + 12), 0.5);
            page.ResetColor();
        }
    }
}
