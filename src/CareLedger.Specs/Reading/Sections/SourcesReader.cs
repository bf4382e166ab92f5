using System.Globalization;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using CareLedger.Specs.Validation.Texts;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>sources</c>: free citations for the figures, each a string.</summary>
internal static class SourcesReader
{
    public static IReadOnlyList<string> Read(YamlMap root)
    {
        var sequence = root.Sequence("sources");
        if (sequence is null)
        {
            return [];
        }

        var sources = new List<string>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var path = root.PathOf("sources") + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            var item = sequence.Children[index];
            if (Nodes.Text(root.Context, item, path) is not { } text)
            {
                continue;
            }

            // Sources are not part of the contract, so the texts rule never sees them: checked as they are read.
            if (PrintableText.Problem(text, PrintableText.Kind.Paragraph) is { } problem)
            {
                root.Context.Error(item, DiagnosticCodes.InvisibleCharacter, $"{path}: holds {problem}; delete it: sources are printed by 'validate --verbose', where such a character would hide, reorder or recolour the text.");
                continue;
            }

            sources.Add(text);
        }

        return sources;
    }
}
