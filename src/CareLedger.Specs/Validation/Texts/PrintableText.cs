using System.Globalization;

namespace CareLedger.Specs.Validation.Texts;

/// <summary>
/// What a name or a text written in a contract or actuals may hold. Every value CareLedger shows is printed into
/// tables, statements, CSV and terminals, so none may hold a character that acts rather than prints: a control
/// character (C0 and C1, DEL: escape sequences recolour a terminal or retitle its window, a bell rings, a carriage
/// return overprints), a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069, which make text display
/// in another order than it is stored), or another invisible formatting character (zero-width spaces and joiners,
/// direction marks, a stray byte-order mark, soft hyphens) or Unicode line and paragraph separator. A name is one
/// line of plain text; a longer text (a description, a note, evidence, a reason) may also hold tabs and line breaks.
/// </summary>
public static class PrintableText
{
    /// <summary>What a text may hold besides printable characters and spaces.</summary>
    public enum Kind
    {
        /// <summary>A name, label or one-line value: no tabs, no line breaks.</summary>
        Line,

        /// <summary>A description, note, evidence or reason: tabs and line breaks allowed.</summary>
        Paragraph,
    }

    /// <summary>
    /// The first character the text may not hold, described for a message (<c>U+001B (escape), a control
    /// character, at character 4</c>), or null when every character may be shown.
    /// </summary>
    public static string? Problem(string text, Kind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                at++;
                continue;
            }

            if (Describe(c, kind) is { } what)
            {
                var position = (at + 1).ToString(CultureInfo.InvariantCulture);
                return $"U+{(int)c:X4}{Name(c)}, {what}, at character {position}";
            }
        }

        return null;
    }

    private static string? Describe(char c, Kind kind)
    {
        if (kind == Kind.Paragraph && c is '\t' or '\n')
        {
            return null;
        }

        if (c is '\t' or '\n')
        {
            return "which breaks a name across columns or lines";
        }

        if (char.IsSurrogate(c))
        {
            return "half of a character whose other half is missing";
        }

        if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
        {
            return "an invisible character that makes text display in another order than it is written";
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control => "a control character, which a terminal acts on instead of printing",
            UnicodeCategory.Format => "an invisible formatting character",
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "an invisible line break",
            _ => null,
        };
    }

    // The names authors may know, for the characters most often pasted or injected.
    private static string Name(char c) => c switch
    {
        '\t' => " (tab)",
        '\n' => " (line break)",
        '\r' => " (carriage return)",
        '\u0007' => " (bell)",
        '\u0008' => " (backspace)",
        '\u001B' => " (escape)",
        '\u007F' => " (delete)",
        '\u0085' => " (next line)",
        '\u00AD' => " (soft hyphen)",
        '\u200B' => " (zero-width space)",
        '\u200C' => " (zero-width non-joiner)",
        '\u200D' => " (zero-width joiner)",
        '\u200E' => " (left-to-right mark)",
        '\u200F' => " (right-to-left mark)",
        '\u202A' => " (left-to-right embedding)",
        '\u202B' => " (right-to-left embedding)",
        '\u202C' => " (pop directional formatting)",
        '\u202D' => " (left-to-right override)",
        '\u202E' => " (right-to-left override)",
        '\u2066' => " (left-to-right isolate)",
        '\u2067' => " (right-to-left isolate)",
        '\u2068' => " (first strong isolate)",
        '\u2069' => " (pop directional isolate)",
        '\uFEFF' => " (byte-order mark)",
        _ => string.Empty,
    };
}
