using System.Text.RegularExpressions;
using CareLedger.Specs.Diagnostics;
using YamlDotNet.Core;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Words the YAML library's syntax errors for the person who has to fix the file: where the mistake is (the line
/// with the tab, the alias, the quote or bracket left open, the line out of step; the library often points
/// elsewhere, at 1:1 for a tab) and what to write instead. The common mistakes are recognised from the library's
/// message and the text around it; anything else keeps the library's own words.
/// </summary>
internal static partial class YamlSyntaxAdvice
{
    /// <summary>A syntax error, placed and worded.</summary>
    public readonly record struct Advice(int Line, int Column, string Message);

    public static Advice For(string text, YamlException exception)
    {
        var lines = new SourceLines(text);
        var line = checked((int)exception.Start.Line);
        var column = checked((int)exception.Start.Column);
        var raw = exception.Message;
        return raw switch
        {
            _ when raw.Contains(" tab", StringComparison.Ordinal) => Tab(lines, line),
            _ when exception is AnchorNotFoundException => UnknownAlias(lines, raw) ?? Raw(line, column, raw),
            _ when raw.Contains("quoted scalar", StringComparison.Ordinal) => OpenQuote(lines, line, column),
            _ when raw.Contains("did not find expected ',' or", StringComparison.Ordinal) => Brackets(lines) ?? Raw(line, column, raw),
            _ when raw.Contains("did not find expected key", StringComparison.Ordinal)
                || raw.Contains("did not find expected '-' indicator", StringComparison.Ordinal) => OutOfStep(lines, line, column, raw),
            _ when raw.Contains("found invalid mapping", StringComparison.Ordinal)
                || raw.Contains("mapping values are not allowed", StringComparison.Ordinal) => ColonInValue(lines, line, column),
            _ => Raw(line, column, raw),
        };
    }

    /// <summary>For input the library failed on without a position: the bracket at fault, else null.</summary>
    public static Advice? ForUnreadable(string text) => Brackets(new SourceLines(text));

    private static Advice Raw(int line, int column, string message) =>
        new(line, column, "YAML syntax error: " + message);

    // The library reports a tab at the start of the block it was reading; the tab is on the first indented line.
    private static Advice Tab(SourceLines lines, int reported)
    {
        var found = TabIndentedLine(lines, Math.Max(1, reported)) ?? TabIndentedLine(lines, 1);
        var (line, column) = found ?? (reported, 1);
        return new(line, column, "YAML syntax error: a tab indents this line, and YAML indents with spaces only. Replace the tab with spaces, "
            + "so that the line starts in the same column as the keys it belongs beside.");
    }

    private static (int Line, int Column)? TabIndentedLine(SourceLines lines, int from)
    {
        for (var number = from; number <= lines.Count; number++)
        {
            var line = lines[number];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (number, tab + 1);
            }
        }

        return null;
    }

    private static Advice? UnknownAlias(SourceLines lines, string raw)
    {
        if (AnchorName().Match(raw) is not { Success: true } match)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var alias = new Regex(@"\*" + Regex.Escape(name) + @"(?=[\s,\]}]|$)", RegexOptions.CultureInvariant);
        var anchors = new List<string>();
        for (var number = 1; number <= lines.Count; number++)
        {
            if (alias.Match(lines[number]) is { Success: true } found)
            {
                var hint = NameSuggester.Hint(name, anchors);
                return new(number, found.Index + 1, $"YAML syntax error: '*{name}' repeats the value marked '&{name}', but no value before it is marked so{hint}. "
                    + $"Mark the value to repeat with &{name} before this line (for example 'rate: &{name} 2%'), or write the value out here.");
            }

            anchors.AddRange(Anchor().Matches(lines[number]).Select(anchor => anchor.Groups["name"].Value));
        }

        return null;
    }

    private static Advice OpenQuote(SourceLines lines, int line, int column)
    {
        var quote = column >= 1 && column <= lines[line].Length ? lines[line][column - 1] : '"';
        var inside = quote == '\'' ? "a ' inside it is written ''" : "a \" inside it is written \\\"";
        return new(line, column, $"YAML syntax error: the quoted value that starts here has no closing {quote}. End it with {quote} "
            + $"on the same line ({inside}).");
    }

    private static Advice? Brackets(SourceLines lines)
    {
        if (FlowBrackets.Find(lines) is not { } problem)
        {
            return null;
        }

        if (problem.Open is { } open)
        {
            var expected = open.Bracket == '[' ? ']' : '}';
            return new(problem.Line, problem.Column, $"YAML syntax error: '{problem.Bracket}' here closes the '{open.Bracket}' opened at line {open.Line}, "
                + $"column {open.Column}; close that one first with '{expected}'.");
        }

        var (closing, what) = problem.Bracket == '[' ? (']', "list") : ('}', "mapping");
        return new(problem.Line, problem.Column, $"YAML syntax error: the '{problem.Bracket}' that opens a {what} here is never closed; "
            + $"end the {what} with '{closing}' after its last item (items are separated by commas, and a value holding a comma is quoted).");
    }

    // "did not find expected key": the line is indented out of step with the lines above, is a list item among
    // keys, or is a key without its colon.
    private static Advice OutOfStep(SourceLines lines, int line, int column, string raw)
    {
        var text = lines[line];
        var content = text.TrimStart(' ');
        var at = text.Length - content.Length + 1;
        var indents = EnclosingIndents(lines, line);
        var indent = SourceLines.Indent(text);
        if (content.Length > 0 && indents.Count > 0 && !indents.Contains(indent))
        {
            return Misaligned(line, at, indent, indents);
        }

        if (content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
        {
            return new(line, at, "YAML syntax error: a list item ('- ') stands where a key is expected. Put the list under a key of its own "
                + "('key:' and then '  - item' on the lines below), or indent it under the key above it.");
        }

        if (content.Length > 0 && !HasKeyColon(content))
        {
            var word = content.Split(' ', 2)[0];
            return new(line, at, $"YAML syntax error: '{word}' has no ':' after it, so it is neither a key nor a value. Write it as 'key: value', "
                + "or, if it is more of the value above, put that whole value on one line.");
        }

        return new(line, column, "YAML syntax error: " + raw + " Check that this line starts in the same column as the keys it belongs beside.");
    }

    // "found invalid mapping": ': ' inside a value, when the line has a key before the colon the library stopped
    // at; otherwise the line carries on the value above: a key above written without a space after its colon, or
    // this line indented more than the key above.
    private static Advice ColonInValue(SourceLines lines, int line, int column)
    {
        var text = lines[line];
        var before = text[..Math.Clamp(column - 1, 0, text.Length)];
        var previous = PreviousContentLine(lines, line);
        if (HasKeyColon(before.TrimStart(' ', '-')) || previous == 0)
        {
            return new(line, column, "YAML syntax error: a value holds ': ', which YAML reads as the start of another key. Put the value in quotes "
                + "(name: \"Hospital: north site\"), or start the next key on a line of its own.");
        }

        if (NoSpaceAfterColon().Match(lines[previous]) is { Success: true } squashed)
        {
            var key = squashed.Groups["key"].Value;
            return new(previous, squashed.Groups["key"].Index + 1, $"YAML syntax error: '{key}:' has no space after its ':', so YAML reads the line as text, "
                + $"not as a key; write a space after the colon ('{key}: ...').");
        }

        var indent = SourceLines.Indent(text);
        return Misaligned(line, indent + 1, indent, EnclosingIndents(lines, line));
    }

    private static Advice Misaligned(int line, int column, int indent, IReadOnlyList<int> indents)
    {
        var columns = string.Join(" or ", indents.Order().Select(spaces => (spaces + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new(line, column, $"YAML syntax error: this line starts in column {indent + 1}, which lines up with no key above it "
            + $"(they start in column {columns}). Indent it with spaces to the column of the key it belongs beside.");
    }

    // The columns (as indents) at which the lines above open blocks this line could belong to: walking up, each
    // line less indented than every line since; a list item's content counts too ('- key:' opens a mapping).
    private static List<int> EnclosingIndents(SourceLines lines, int line)
    {
        var indents = new List<int>();
        var smallest = int.MaxValue;
        for (var number = line - 1; number >= 1 && smallest > 0; number--)
        {
            var text = lines[number];
            if (SourceLines.IsBlank(text))
            {
                continue;
            }

            var indent = SourceLines.Indent(text);
            if (indent >= smallest)
            {
                continue;
            }

            var item = ListItemContent().Match(text);
            if (item.Success && item.Length < smallest)
            {
                indents.Add(item.Length);
            }

            indents.Add(indent);
            smallest = indent;
        }

        return indents;
    }

    private static int PreviousContentLine(SourceLines lines, int line)
    {
        for (var number = line - 1; number >= 1; number--)
        {
            if (!SourceLines.IsBlank(lines[number]))
            {
                return number;
            }
        }

        return 0;
    }

    // A ':' followed by a space or ending the text, outside quotes: what makes a line a key.
    private static bool HasKeyColon(string content) => KeyColon().IsMatch(content);

    [GeneratedRegex(@"anchor '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorName();

    [GeneratedRegex(@"&(?<name>[^\s,\[\]{}]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):[^\s/]", RegexOptions.CultureInvariant)]
    private static partial Regex NoSpaceAfterColon();

    [GeneratedRegex(@"^\s*-\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemContent();

    [GeneratedRegex(@"^[^""'#]*?:(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyColon();
}
