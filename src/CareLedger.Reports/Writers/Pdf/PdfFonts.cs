using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CareLedger.Reports.Writers.Pdf;

/// <summary>
/// The two fonts a report uses, Helvetica and Helvetica Bold: standard PDF fonts every reader has, so no font file is
/// embedded and nothing depends on the fonts installed where the server runs. Their encoding (Adobe standard) has £, en and
/// em dashes and the middle dot, but not every character a contract file may hold; <see cref="Printable"/> replaces
/// the rest rather than failing the whole report.
/// </summary>
internal sealed class PdfFonts
{
    private readonly PdfPageBuilder _measure;
    private readonly Dictionary<char, bool> _drawable = [];

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

    /// <summary>
    /// Text the fonts can draw: a character outside the font's encoding becomes its nearest plain form (× an x, the
    /// typographic minus a hyphen) or, failing that, a question mark, rather than failing the whole report.
    /// </summary>
    public string Printable(string text)
    {
        var characters = text.ToCharArray();
        for (var index = 0; index < characters.Length; index++)
        {
            var character = characters[index] is '\u00A0' or '\t' or '\r' or '\n' ? ' ' : characters[index];
            characters[index] = Drawable(character) ? character : character switch
            {
                '\u00D7' => 'x',
                '\u2212' or '\u2010' or '\u2011' => '-',
                '\u2192' => '>',
                '\u2018' or '\u2019' => '\'',
                _ => '?',
            };
        }

        return new string(characters);
    }

    // The standard fonts' encoding in PdfPig is fixed; asking the font once per character is the reliable test.
    private bool Drawable(char character)
    {
        if (character is >= ' ' and <= '~')
        {
            return true;
        }

        if (!_drawable.TryGetValue(character, out var drawable))
        {
            try
            {
                _measure.MeasureText(character.ToString(), 10, new PdfPoint(0, 0), Regular);
                drawable = true;
            }
            catch (InvalidOperationException)
            {
                drawable = false;
            }

            _drawable[character] = drawable;
        }

        return drawable;
    }
}
