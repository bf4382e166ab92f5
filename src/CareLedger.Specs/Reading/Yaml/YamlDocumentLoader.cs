using CareLedger.Specs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>Turns the file's text into YAML nodes, reporting syntax errors (CL001) and duplicate keys (CL010).</summary>
internal static class YamlDocumentLoader
{
    /// <summary>The document's root node, or null when the text is not YAML or holds nothing.</summary>
    public static YamlNode? Load(string yaml, ReadContext context)
    {
        if (UnreadableCharacter(yaml, context))
        {
            return null;
        }

        var stream = new YamlStream();
        var parser = new DuplicateKeyFilter(new Parser(new StringReader(yaml)), (key, first, path) => ReportDuplicate(context, key, first, path));
        try
        {
            stream.Load(parser);
        }
        catch (NestingTooDeep deep)
        {
            context.Diagnostics.Error(
                new SourceLocation(context.File, checked((int)deep.At.Line), checked((int)deep.At.Column), deep.Path),
                DiagnosticCodes.YamlSyntax,
                $"YAML syntax error: lists and mappings are nested more than {DuplicateKeyFilter.MostLevels} deep here, far deeper than any "
                + "contract or actuals file needs; the text from here on is not read. Check for '[' or '{' that are never closed.");
            return null;
        }
        catch (YamlException exception)
        {
            // The parser gave up somewhere after the last node it made sense of; that node's path is the best guess
            // at the field the author was writing.
            ReportSyntaxError(context, yaml, exception, parser.LastPath);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // On some malformed input YamlDotNet throws these instead of a YamlException: its scanner on a
            // multi-line plain scalar inside an unclosed '{', its representation model on an alias straight after
            // a '}'. The exception has no position: point at the bracket left open if there is one, else at the
            // last node the library made sense of.
            var mark = parser.LastMark;
            var advice = YamlSyntaxAdvice.ForUnreadable(yaml) ?? new YamlSyntaxAdvice.Advice(
                Math.Max(1, checked((int)mark.Line)),
                Math.Max(1, checked((int)mark.Column)),
                "YAML syntax error: the text from here on cannot be read; check for an unclosed '{' or '[', a stray ':' or a misplaced '*' alias.");
            context.Diagnostics.Error(new SourceLocation(context.File, advice.Line, advice.Column, parser.LastPath), DiagnosticCodes.YamlSyntax, advice.Message);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            context.Diagnostics.Error(
                new SourceLocation(context.File, 1, 1, FieldPath.Root),
                DiagnosticCodes.MissingRequired,
                "The file is empty; a contract needs at least careledger, contract, parties, service_lines and baseline.");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            context.Error(
                stream.Documents[1].RootNode,
                DiagnosticCodes.YamlSyntax,
                "A contract file holds one YAML document; this second document (after '---') is not read.");
        }

        var root = stream.Documents[0].RootNode;
        context.IndexPaths(root);
        return root;
    }

    private static void ReportDuplicate(ReadContext context, YamlDotNet.Core.Events.Scalar key, Mark first, FieldPath path) =>
        context.Diagnostics.Error(
            new SourceLocation(context.File, checked((int)key.Start.Line), checked((int)key.Start.Column), path),
            DiagnosticCodes.Duplicate,
            $"Duplicate key '{key.Value}': it is already given on line {first.Line}; only the first is read.");

    private static void ReportSyntaxError(ReadContext context, string yaml, YamlException exception, FieldPath path)
    {
        if (exception.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            // Only complex (non-scalar) keys get this far; scalar duplicates are filtered out above.
            var location = new SourceLocation(context.File, checked((int)exception.Start.Line), checked((int)exception.Start.Column), path);
            context.Diagnostics.Error(location, DiagnosticCodes.Duplicate, exception.Message + ".");
            return;
        }

        var advice = YamlSyntaxAdvice.For(yaml, exception);
        context.Diagnostics.Error(new SourceLocation(context.File, advice.Line, advice.Column, path), DiagnosticCodes.YamlSyntax, advice.Message);
    }

    /// <summary>
    /// Reports the first character the YAML library would misread, and so stops the file being read: a NUL (only
    /// binary files hold one; the library skips it silently) and the Unicode line breaks NEL, LS and PS, which the
    /// library counts as new lines where an editor shows none, so every later line number would be wrong.
    /// </summary>
    private static bool UnreadableCharacter(string yaml, ReadContext context)
    {
        var at = yaml.AsSpan().IndexOfAny("\0\u0085\u2028\u2029");
        if (at < 0)
        {
            return false;
        }

        var lines = new SourceLines(yaml[..at]);
        var (line, column) = (lines.Count, lines[lines.Count].Length + 1);
        var location = new SourceLocation(context.File, line, column, FieldPath.Root);
        if (yaml[at] == '\0')
        {
            context.Diagnostics.Error(location, DiagnosticCodes.NotText, "the text holds a NUL character, so it is not a text file (is it a spreadsheet, "
                + "an archive, or text saved as UTF-16?). Give the YAML file itself, saved as UTF-8.");
        }
        else
        {
            context.Diagnostics.Error(location, DiagnosticCodes.InvisibleCharacter, $"the text holds U+{(int)yaml[at]:X4}, an invisible character YAML reads as a "
                + "line break where an editor shows none; delete it, and start a new line with Enter if one is meant.");
        }

        return true;
    }
}
