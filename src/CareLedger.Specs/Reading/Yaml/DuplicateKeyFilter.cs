using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Passes parser events through, dropping the second and later occurrences of a key in a mapping (and their
/// values) after reporting them. YamlDotNet's representation model throws on a duplicate key, which would stop
/// the whole file being read; filtering them here keeps every other problem visible in the same pass.
/// </summary>
internal sealed class DuplicateKeyFilter(IParser inner, Action<Scalar, Mark> onDuplicate) : IParser
{
    private readonly Stack<Frame> _frames = new();

    public ParsingEvent Current => inner.Current!;

    /// <summary>Where the last node passed on started: the last place the YAML library made sense of.</summary>
    public Mark LastMark { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var current = inner.Current!;
            if (current is Scalar key && _frames.TryPeek(out var frame) && frame.IsMapping && frame.ExpectingKey)
            {
                if (frame.FirstSeen.TryGetValue(key.Value, out var first))
                {
                    onDuplicate(key, first);
                    SkipValue();
                    continue;
                }

                frame.FirstSeen[key.Value] = key.Start;
            }

            Track(current);
            if (current is NodeEvent or AnchorAlias)
            {
                LastMark = current.Start;
            }

            return true;
        }

        return false;
    }

    private void Track(ParsingEvent current)
    {
        switch (current)
        {
            case MappingStart:
                _frames.Push(new Frame(isMapping: true));
                break;
            case SequenceStart:
                _frames.Push(new Frame(isMapping: false));
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

    // A mapping alternates key, value, key, value: each completed node flips what comes next.
    private void NodeCompleted()
    {
        if (_frames.TryPeek(out var frame) && frame.IsMapping)
        {
            frame.ExpectingKey = !frame.ExpectingKey;
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

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectingKey { get; set; } = true;

        public Dictionary<string, Mark> FirstSeen { get; } = new(StringComparer.Ordinal);
    }
}
