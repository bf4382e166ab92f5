using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Application.Contracts.Editing;

/// <summary>
/// A YAML text together with where each of its nodes is written (YamlDotNet's start and end marks), so that an edit
/// can replace one value, add one key or append one list item where it is written and leave every other character,
/// comments and key order included, exactly as it was. Edits read positions only: this never re-serialises the
/// document.
/// </summary>
internal sealed class YamlTextLayout
{
    private YamlTextLayout(string text, YamlMappingNode root)
    {
        Text = text;
        Root = root;
        NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    public string Text { get; }

    public YamlMappingNode Root { get; }

    /// <summary>The text's own line ending, so an added line matches the lines around it.</summary>
    public string NewLine { get; }

    /// <summary>The layout, or null when the text is not YAML with a mapping at the top (validation says why).</summary>
    public static YamlTextLayout? TryRead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root ? new YamlTextLayout(text, root) : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    public static YamlNode? Child(YamlMappingNode? mapping, string key) =>
        mapping is not null && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The item of a list whose <paramref name="key"/> (normally <c>id</c>) is <paramref name="value"/>.</summary>
    public static YamlMappingNode? ItemWith(YamlNode? sequence, string value, string key = "id") =>
        sequence is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().FirstOrDefault(item => Child(item, key) is YamlScalarNode { Value: { } found } && found == value)
            : null;

    /// <summary>Sets <paramref name="key"/> of a mapping to a scalar: the value replaced where it is written, or the key added after the mapping's last entry.</summary>
    public TextSplice? SetScalar(YamlMappingNode mapping, string key, string value)
    {
        var inFlow = mapping.Style == MappingStyle.Flow;
        var formatted = YamlScalarText.Format(value, inFlow);
        return Child(mapping, key) switch
        {
            null => AddKey(mapping, key, formatted),
            YamlScalarNode scalar => Replace(scalar, formatted),
            _ => null,
        };
    }

    /// <summary>Sets <paramref name="key"/> of a mapping to a one-line list <c>[a, b]</c>, replacing the list written there.</summary>
    public TextSplice SetFlowList(YamlMappingNode mapping, string key, IEnumerable<string> values)
    {
        var formatted = FlowList(values);
        return Child(mapping, key) is { } node ? Replace(node, formatted) : AddKey(mapping, key, formatted);
    }

    /// <summary>Sets <paramref name="key"/> of a mapping to a one-line mapping <c>{ a: 1, b: 2 }</c> of already formatted values.</summary>
    public TextSplice SetFlowMapping(YamlMappingNode mapping, string key, IEnumerable<KeyValuePair<string, string>> entries)
    {
        var formatted = FlowMapping(entries);
        return Child(mapping, key) is { } node ? Replace(node, formatted) : AddKey(mapping, key, formatted);
    }

    /// <summary>Appends an item (a mapping of the given keys and already formatted values) to the end of a list.</summary>
    public TextSplice AppendItem(YamlSequenceNode sequence, IReadOnlyList<KeyValuePair<string, string>> entries)
    {
        if (sequence.Style == SequenceStyle.Flow || sequence.Children.Count == 0)
        {
            var item = FlowMapping(entries);
            return sequence.Children.Count == 0
                ? new TextSplice(Index(sequence.Start) + 1, 0, item)
                : new TextSplice(End(sequence.Children[^1]), 0, ", " + item);
        }

        // The new item starts as the first one does ("  - "), and its later keys line up under its first.
        var first = sequence.Children[0];
        var lineStart = LineStart(Index(first.Start));
        var prefix = Text[lineStart..Index(first.Start)];
        if (prefix.Any(character => character is not (' ' or '-')) || !prefix.Contains('-', StringComparison.Ordinal))
        {
            prefix = new string(' ', Column(sequence.Start)) + "- ";
        }

        var indent = new string(' ', prefix.Length);
        var lines = entries.Select((entry, index) => (index == 0 ? prefix : indent) + $"{entry.Key}: {entry.Value}");
        return new TextSplice(LineEnd(LastLeafEnd(sequence)), 0, NewLine + string.Join(NewLine, lines));
    }

    public static string FlowList(IEnumerable<string> values) =>
        "[" + string.Join(", ", values.Select(value => YamlScalarText.Format(value, inFlow: true))) + "]";

    public static string FlowMapping(IEnumerable<KeyValuePair<string, string>> entries) =>
        "{ " + string.Join(", ", entries.Select(entry => $"{entry.Key}: {entry.Value}")) + " }";

    private TextSplice Replace(YamlNode node, string formatted)
    {
        var start = Index(node.Start);
        var end = End(node);

        // An empty value ("key:") has no characters to replace: keep a space after the colon.
        return start == end ? new TextSplice(start, 0, " " + formatted) : new TextSplice(start, end - start, formatted);
    }

    private TextSplice AddKey(YamlMappingNode mapping, string key, string formatted)
    {
        if (mapping.Style == MappingStyle.Flow)
        {
            return mapping.Children.Count == 0
                ? new TextSplice(Index(mapping.Start) + 1, 0, $" {key}: {formatted} ")
                : new TextSplice(End(mapping.Children.Last().Value), 0, $", {key}: {formatted}");
        }

        var indent = new string(' ', Column(mapping.Children.Keys.First().Start));
        return new TextSplice(LineEnd(LastLeafEnd(mapping)), 0, NewLine + indent + $"{key}: {formatted}");
    }

    /// <summary>
    /// Where the last value inside a node ends. A block mapping's own end mark lies at the next key after it, past
    /// any comment lines that introduce the next section, so additions go after its last value instead.
    /// </summary>
    private int LastLeafEnd(YamlNode node) => node switch
    {
        YamlMappingNode { Style: not MappingStyle.Flow, Children.Count: > 0 } mapping => LastLeafEnd(mapping.Children.Last().Value),
        YamlSequenceNode { Style: not SequenceStyle.Flow, Children.Count: > 0 } sequence => LastLeafEnd(sequence.Children[^1]),
        _ => End(node),
    };

    /// <summary>
    /// The offset just after a scalar or a one-line collection. The parser's end mark of a flow collection is not
    /// after its closing bracket, so the bracket is found from the opening one, skipping quoted text and comments.
    /// </summary>
    private int End(YamlNode node)
    {
        var isFlow = node is YamlSequenceNode { Style: SequenceStyle.Flow } or YamlMappingNode { Style: MappingStyle.Flow };
        if (!isFlow)
        {
            return node is YamlScalarNode ? Index(node.End) : LastLeafEnd(node);
        }

        var depth = 0;
        for (var index = Index(node.Start); index < Text.Length; index++)
        {
            switch (Text[index])
            {
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    if (--depth == 0)
                    {
                        return index + 1;
                    }

                    break;
                case '"':
                    while (++index < Text.Length && Text[index] != '"')
                    {
                        index += Text[index] == '\\' ? 1 : 0;
                    }

                    break;
                case '\'':
                    // Inside single quotes a doubled quote is one quote, not the end.
                    index++;
                    while (index < Text.Length && (Text[index] != '\'' || (index + 1 < Text.Length && Text[index + 1] == '\'')))
                    {
                        index += Text[index] == '\'' ? 2 : 1;
                    }

                    break;
                case '#' when index > 0 && char.IsWhiteSpace(Text[index - 1]):
                    index = LineEnd(index);
                    break;
            }
        }

        return Text.Length;
    }

    private int LineStart(int index) => index == 0 ? 0 : Text.LastIndexOf('\n', index - 1) + 1;

    /// <summary>The end of the line holding <paramref name="index"/>, before its line break (a trailing comment stays on its line).</summary>
    private int LineEnd(int index)
    {
        var end = Text.IndexOf('\n', index);
        if (end < 0)
        {
            return Text.Length;
        }

        return end > 0 && Text[end - 1] == '\r' ? end - 1 : end;
    }

    private static int Index(Mark mark) => checked((int)mark.Index);

    private static int Column(Mark mark) => checked((int)mark.Column) - 1;
}
