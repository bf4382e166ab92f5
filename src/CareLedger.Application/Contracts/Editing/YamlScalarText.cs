using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// A value written as YAML: plain when YAML reads it back as exactly that text, double-quoted otherwise (a name
/// with a colon, a quote or a leading space). The check is made by parsing, not by a hand-kept list of
/// characters, so the rules of block and flow context (where a comma ends a plain value) are YAML's own.
/// </summary>
internal static class YamlScalarText
{
    public static string Format(string value, bool inFlow)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ReadsBackAs(value, inFlow) ? value : Quoted(value);
    }

    private static bool ReadsBackAs(string value, bool inFlow)
    {
        if (value.Length == 0 || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(inFlow ? $"[{value}]" : $"k: {value}"));
            var node = stream.Documents[0].RootNode switch
            {
                YamlSequenceNode { Children.Count: 1 } sequence => sequence.Children[0],
                YamlMappingNode { Children.Count: 1 } mapping => mapping.Children.Values.First(),
                _ => null,
            };
            return node is YamlScalarNode { Style: ScalarStyle.Plain } scalar && string.Equals(scalar.Value, value, StringComparison.Ordinal);
        }
        catch (YamlException)
        {
            return false;
        }
    }

    private static string Quoted(string value)
    {
        var text = new System.Text.StringBuilder("\"", value.Length + 2);
        foreach (var character in value)
        {
            text.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\x{(int)character:X2}",
                _ => character.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
