using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Data.Contracts;

/// <summary>
/// Compares two contract texts key by key. Each scalar is named by its path; items of a list that have an <c>id</c>
/// (parties, service lines, indicators, items) are named by it, so inserting a party shows one party added rather than
/// every later party changed. Comments and layout are not differences; values are compared as written.
/// </summary>
public static class ContractComparison
{
    public static IReadOnlyList<ContractDifference> Compare(string before, string after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        var differences = new List<ContractDifference>();
        foreach (var (path, value) in old)
        {
            if (!@new.TryGetValue(path, out var now))
            {
                differences.Add(new ContractDifference(path, DifferenceKind.Removed, value, null));
            }
            else if (!string.Equals(value, now, StringComparison.Ordinal))
            {
                differences.Add(new ContractDifference(path, DifferenceKind.Changed, value, now));
            }
        }

        differences.AddRange(@new.Where(pair => !old.ContainsKey(pair.Key)).Select(pair => new ContractDifference(pair.Key, DifferenceKind.Added, null, pair.Value)));
        return [.. differences.OrderBy(difference => difference.Path, StringComparer.Ordinal)];
    }

    private static Dictionary<string, string> Flatten(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var stream = new YamlStream();
        // Stored versions were validated on upload, so they parse; nesting is bounded there too.
        stream.Load(new StringReader(text));
        if (stream.Documents.Count > 0)
        {
            Walk(stream.Documents[0].RootNode, string.Empty, values);
        }

        return values;
    }

    private static void Walk(YamlNode node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
                    Walk(value, path.Length == 0 ? name : path + "." + name, values);
                }

                break;
            case YamlSequenceNode sequence:
                for (var index = 0; index < sequence.Children.Count; index++)
                {
                    var item = sequence.Children[index];
                    Walk(item, $"{path}[{KeyOf(item) ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", values);
                }

                if (sequence.Children.Count == 0)
                {
                    values[path] = "[]";
                }

                break;
            case YamlScalarNode scalar:
                values[path] = scalar.Style == ScalarStyle.Plain && scalar.Value is null ? "null" : scalar.Value ?? string.Empty;
                break;
            default:
                values[path] = node.ToString();
                break;
        }
    }

    /// <summary>An item's <c>id</c> (or, for shares and participants, its <c>party</c>), when it has one.</summary>
    private static string? KeyOf(YamlNode item)
    {
        if (item is not YamlMappingNode mapping)
        {
            return null;
        }

        foreach (var key in (string[])["id", "party"])
        {
            if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } id })
            {
                return id;
            }
        }

        return null;
    }
}
