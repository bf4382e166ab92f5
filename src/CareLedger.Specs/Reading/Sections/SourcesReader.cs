using System.Globalization;
using CareLedger.Specs.Reading.Yaml;

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
            if (Nodes.Text(root.Context, sequence.Children[index], path) is { } text)
            {
                sources.Add(text);
            }
        }

        return sources;
    }
}
