namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// The lines of a file's text, split where the YAML library counts a line break (CR LF, LF or a lone CR), so that
/// line <c>n</c> here is the line the library calls <c>n</c>. Lines count from 1; text beyond the last line is empty.
/// </summary>
internal sealed class SourceLines
{
    private readonly string[] _lines;

    public SourceLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var start = 0;
        for (var at = 0; at < text.Length; at++)
        {
            if (text[at] is '\n' or '\r')
            {
                lines.Add(text[start..at]);
                if (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n')
                {
                    at++;
                }

                start = at + 1;
            }
        }

        lines.Add(text[start..]);
        _lines = [.. lines];
    }

    public int Count => _lines.Length;

    /// <summary>The text of line <paramref name="number"/> (from 1), without its line break; empty beyond the file.</summary>
    public string this[int number] => number >= 1 && number <= _lines.Length ? _lines[number - 1] : string.Empty;

    /// <summary>How many spaces start the line (a tab ends the count: YAML never indents with one).</summary>
    public static int Indent(string line)
    {
        var count = 0;
        while (count < line.Length && line[count] == ' ')
        {
            count++;
        }

        return count;
    }

    /// <summary>True for a line with nothing YAML reads: blank, or only a comment.</summary>
    public static bool IsBlank(string line)
    {
        var trimmed = line.TrimStart(' ', '\t');
        return trimmed.Length == 0 || trimmed[0] == '#';
    }
}
