namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Finds the bracket a YAML author most likely left open or closed wrongly, once the YAML library has given up on
/// a file: the first <c>]</c> or <c>}</c> that closes the other kind of bracket, else the first <c>[</c> or
/// <c>{</c> never closed. A light scan, not a parser: a bracket counts when it starts a value (at the start of a
/// line, or after <c>:</c>, <c>-</c>, <c>,</c>, <c>?</c> or another bracket) or sits inside brackets, where plain
/// text cannot hold one; quoted values, comments and block text (<c>|</c>, <c>&gt;</c>) are skipped. Only used to
/// word an error the library has already found, so a miss costs a less precise message, never a wrong verdict.
/// </summary>
internal static class FlowBrackets
{
    /// <summary>A bracket at fault: where it is, which it is, and for a wrong closer the opener it meets.</summary>
    public sealed record Problem(int Line, int Column, char Bracket, (int Line, int Column, char Bracket)? Open);

    public static Problem? Find(SourceLines lines)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        char? quote = null;
        var blockIndent = -1;
        for (var number = 1; number <= lines.Count; number++)
        {
            var line = lines[number];
            if (blockIndent >= 0)
            {
                // Block text runs while lines are blank or indented deeper than the key that opened it.
                if (SourceLines.IsBlank(line) || SourceLines.Indent(line) > blockIndent)
                {
                    continue;
                }

                blockIndent = -1;
            }

            for (var at = 0; at < line.Length; at++)
            {
                var c = line[at];
                if (quote is { } closing)
                {
                    if (closing == '"' && c == '\\')
                    {
                        at++;
                    }
                    else if (c == closing && closing == '\'' && at + 1 < line.Length && line[at + 1] == '\'')
                    {
                        at++;
                    }
                    else if (c == closing)
                    {
                        quote = null;
                    }

                    continue;
                }

                if (c == '#' && (at == 0 || line[at - 1] is ' ' or '\t'))
                {
                    break;
                }

                var starts = StartsValue(line, at) || open.Count > 0;
                switch (c)
                {
                    case '"' or '\'' when StartsValue(line, at):
                        quote = c;
                        break;
                    case '[' or '{' when starts:
                        open.Push((number, at + 1, c));
                        break;
                    case ']' or '}' when open.Count > 0:
                        var opener = open.Pop();
                        if (opener.Bracket != (c == ']' ? '[' : '{'))
                        {
                            return new Problem(number, at + 1, c, opener);
                        }

                        break;
                    case '|' or '>' when open.Count == 0 && StartsValue(line, at) && IsBlockIndicator(line, at):
                        blockIndent = SourceLines.Indent(line);
                        at = line.Length;
                        break;
                }
            }
        }

        return open.Count > 0 ? open.Reverse().Select(first => new Problem(first.Line, first.Column, first.Bracket, null)).First() : null;
    }

    // The character starts a value: first on its line, or after an indicator and the spaces that follow it.
    private static bool StartsValue(string line, int at)
    {
        var before = at - 1;
        while (before >= 0 && line[before] is ' ' or '\t')
        {
            before--;
        }

        return before < 0 || line[before] is ':' or '-' or ',' or '?' or '[' or '{';
    }

    // '|' or '>' with only chomping or indentation indicators, and perhaps a comment, after it.
    private static bool IsBlockIndicator(string line, int at)
    {
        var rest = line[(at + 1)..];
        var comment = rest.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? rest : rest[..comment]).Trim().All(c => c is '+' or '-' || char.IsAsciiDigit(c));
    }
}
