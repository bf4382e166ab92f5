using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CareLedger.Reports.Writers.Pdf;

/// <summary>
/// The two fonts a report uses, Helvetica and Helvetica Bold: standard PDF fonts every reader has, so no font file is
/// embedded and nothing depends on the fonts installed where the server runs. Their encoding (WinAnsi) has £, en and
/// em dashes and the middle dot, but not every character a contract file may hold; <see cref="Printable"/> replaces
/// the rest rather than failing the whole report.
/// </summary>
internal sealed class PdfFonts
{
    private readonly PdfPageBuilder _measure;

    public PdfFonts(PdfDocumentBuilder builder, PdfPageBuilder measure)
    {
        Regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        Bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _measure = measure;
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }

    public PdfDocumentBuilder.AddedFont Bold { get; }

    public PdfDocumentBuilder.AddedFont Of(bool bold) => bold ? Bold : Regular;

    /// <summary>The width of <paramref name="text"/> in points, from the font's own metrics.</summary>
    public double Width(string text, double size, bool bold)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var letters = _measure.MeasureText(Printable(text), size, new PdfPoint(0, 0), Of(bold));
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>Text the fonts can draw: the typographic minus and arrows become their plain forms, anything else outside WinAnsi a question mark.</summary>
    public static string Printable(string text)
    {
        var characters = text.ToCharArray();
        for (var index = 0; index < characters.Length; index++)
        {
            characters[index] = characters[index] switch
            {
                '\u2212' => '-',
                '\u2192' => '>',
                '\u00A0' or '\t' or '\r' or '\n' => ' ',
                var character when InWinAnsi(character) => character,
                _ => '?',
            };
        }

        return new string(characters);
    }

    // Printable ASCII, Latin-1's printable range, and the WinAnsi additions in 0x80–0x9F (quotes, dashes, bullet, €, …).
    private static bool InWinAnsi(char character) =>
        character is (>= ' ' and <= '~') or (>= '\u00A1' and <= '\u00FF')
            or '€' or '‚' or 'ƒ' or '„' or '…' or '†' or '‡' or 'ˆ' or '‰' or 'Š' or '‹' or 'Œ' or 'Ž'
            or '‘' or '’' or '“' or '”' or '•' or '–' or '—' or '˜' or '™' or 'š' or '›' or 'œ' or 'ž' or 'Ÿ';
}
