using System.Buffers;
using System.Globalization;
using System.Text;

namespace CareLedger.Cli.Output;

/// <summary>
/// The characters a terminal would obey rather than show, and how CareLedger shows them instead. Names, reasons and
/// evidence come from contract and actuals files written by someone else; printed raw, an ESC could recolour the
/// screen, retitle the window or hide text, a BEL ring, a lone carriage return overwrite a line already printed, and
/// a bidirectional override make <c>£1,000 to A</c> read as something else. Each such character is written as a
/// visible escape, <c>\u001b</c> or <c>\u202e</c>, so the reader sees that it is there and the terminal does nothing.
/// </summary>
/// <remarks>
/// Unsafe: the C0 controls (U+0000–U+001F, tab and line feed included: callers that keep those handle them first),
/// DEL (U+007F), the C1 controls (U+0080–U+009F, which some terminals obey as ESC sequences), and the Unicode
/// bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). Every escape has the one form
/// <c>\u</c> and four lower-case hex digits, which is also a valid JSON string escape of the same character, so text
/// guarded this way stays valid JSON and reads back unchanged.
/// </remarks>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(UnsafeCharacters());

    /// <summary>True for a character a terminal may act on: a C0 or C1 control, DEL or a bidirectional control.</summary>
    public static bool IsUnsafe(char character) => Unsafe.Contains(character);

    /// <summary>Where the first unsafe character in <paramref name="text"/> is, or -1.</summary>
    public static int IndexOfUnsafe(ReadOnlySpan<char> text) => text.IndexOfAny(Unsafe);

    /// <summary>The text with every unsafe character written as <c>\uXXXX</c>; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text.AsSpan(0, first));
        foreach (var character in text.AsSpan(first))
        {
            if (IsUnsafe(character))
            {
                escaped.Append(EscapeOf(character));
            }
            else
            {
                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }

    /// <summary>The visible form of one character: <c>\u001b</c>.</summary>
    public static string EscapeOf(char character) =>
        "\\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture);

    private static string UnsafeCharacters()
    {
        var characters = new StringBuilder();
        for (var code = 0x00; code <= 0x1F; code++)
        {
            characters.Append((char)code);
        }

        for (var code = 0x7F; code <= 0x9F; code++)
        {
            characters.Append((char)code);
        }

        characters.Append("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
        return characters.ToString();
    }
}
