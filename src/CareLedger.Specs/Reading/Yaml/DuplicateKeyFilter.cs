using CareLedger.Specs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Passes parser events through, dropping the second and later occurrences of a key in a mapping (and their
/// values) after reporting them. YamlDotNet's representation model throws on a duplicate key, which would stop
/// the whole file being read; filtering them here keeps every other problem visible in the same pass. It follows
/// the field path of each node as it goes, because a dropped key and a syntax error never reach the node tree.
/// It also bounds nesting (<see cref="MostLevels"/>), before the library's recursive node building can run out of
/// stack, by throwing <see cref="NestingTooDeep"/> for the loader to report.
/// </summary>
internal sealed class DuplicateKeyFilter(IParser inner, Action<Scalar, Mark, FieldPath> onDuplicate) : IParser
{
    /// <summary>
    /// How many lists and mappings may be open at once. The deepest value the formats define is about eight levels
    /// down (<c>risk_reward.items[0].loss.bands[0].shares[0].party</c>); 64 leaves room for any layout, and keeps
    /// every recursive walk of the document (the library's, the path index's) a few hundred frames at most.
    /// </summary>
    public const int MostLevels = 64;

    private readonly Stack<Frame> _frames = new();

    public ParsingEvent Current => inner.Current!;

    /// <summary>Where the last node passed on started: the last place the YAML library made sense of.</summary>
    public Mark LastMark { get; private set; } = Mark.Empty;

    /// <summary>The field path of the last node passed on.</summary>
    public FieldPath LastPath { get; private set; } = FieldPath.Root;

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var current = inner.Current!;
            if (current is Scalar key && _frames.TryPeek(out var frame) && frame.IsMapping && frame.ExpectingKey)
            {
                if (frame.FirstSeen.TryGetValue(key.Value, out var first))
                {
                    onDuplicate(key, first, frame.Path.Key(key.Value));
                    SkipValue();
                    continue;
                }

                frame.FirstSeen[key.Value] = key.Start;
                frame.CurrentKey = key.Value;
            }
            else if (current is NodeEvent or AnchorAlias && _frames.TryPeek(out var parent) && parent.IsMapping && parent.ExpectingKey)
            {
                parent.CurrentKey = null;
            }

            if (current is NodeEvent or AnchorAlias)
            {
                LastMark = current.Start;
                LastPath = PathOfNode(current);
            }

            if (current is MappingStart or SequenceStart && _frames.Count >= MostLevels)
            {
                throw new NestingTooDeep(current.Start, LastPath);
            }

            Track(current);

            return true;
        }

        return false;
    }

    private void Track(ParsingEvent current)
    {
        switch (current)
        {
            case MappingStart:
                _frames.Push(new Frame(isMapping: true, LastPath));
                break;
            case SequenceStart:
                _frames.Push(new Frame(isMapping: false, LastPath));
                break;
            case MappingEnd or SequenceEnd:
                _frames.Pop();
                NodeCompleted();
                break;
            case Scalar or AnchorAlias:
                NodeCompleted();
                break;
        }
    }

    // A key has the path of its value; a value in a mapping that of the key before it; a list item its number.
    private FieldPath PathOfNode(ParsingEvent node)
    {
        if (!_frames.TryPeek(out var frame))
        {
            return FieldPath.Root;
        }

        if (!frame.IsMapping)
        {
            return frame.Path.Item(frame.Items);
        }

        if (frame.ExpectingKey)
        {
            return node is Scalar key ? frame.Path.Key(key.Value) : frame.Path;
        }

        return frame.CurrentKey is { } current ? frame.Path.Key(current) : frame.Path;
    }

    // A mapping alternates key, value, key, value: each completed node flips what comes next. A list counts items.
    private void NodeCompleted()
    {
        if (!_frames.TryPeek(out var frame))
        {
            return;
        }

        if (frame.IsMapping)
        {
            frame.ExpectingKey = !frame.ExpectingKey;
        }
        else
        {
            frame.Items++;
        }
    }

    private void SkipValue()
    {
        var depth = 0;
        while (inner.MoveNext())
        {
            switch (inner.Current)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }

            if (depth == 0)
            {
                return;
            }
        }
    }

    private sealed class Frame(bool isMapping, FieldPath path)
    {
        public bool IsMapping { get; } = isMapping;

        public FieldPath Path { get; } = path;

        /// <summary>The last plain key read in a mapping (null after a complex key).</summary>
        public string? CurrentKey { get; set; }

        /// <summary>How many items of a list have been passed on.</summary>
        public int Items { get; set; }

        public bool ExpectingKey { get; set; } = true;

        public Dictionary<string, Mark> FirstSeen { get; } = new(StringComparer.Ordinal);
    }
}
