using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading;

/// <summary>
/// Where each part of a contract was written. The reader records, for every record it builds, the location of the
/// mapping it came from and of each key inside it (<c>"weight"</c>, <c>"provider"</c>, <c>"service_lines[1]"</c>),
/// with the spec path (<c>outcomes[0].outcomes[4].weight</c>). Validation rules use it to point at the exact key.
/// Keyed by object identity, because equal records written in two places are two places.
/// </summary>
public sealed class SpecLocations
{
    private readonly Dictionary<object, Entry> _entries = new(ReferenceEqualityComparer.Instance);

    public SpecLocations(string file) => File = file;

    public string File { get; }

    /// <summary>Records where a node was written; <paramref name="path"/> becomes the location's field path.</summary>
    public void Record(object node, SourceLocation location, string path) =>
        EntryFor(node).Self = new Located(WithPath(location, path), path);

    public void Record(object node, string key, SourceLocation location, string path) =>
        EntryFor(node).Keys[key] = new Located(WithPath(location, path), path);

    /// <summary>Where the node was written, or the file as a whole if it was never recorded (a default the reader supplied).</summary>
    public SourceLocation Of(object node) =>
        _entries.TryGetValue(node, out var entry) && entry.Self is { } self ? self.Location : new SourceLocation(File, 0, 0, FieldPath.Root);

    /// <summary>Where a key of the node was written, falling back to the node itself.</summary>
    public SourceLocation Of(object node, string key) =>
        _entries.TryGetValue(node, out var entry) && entry.Keys.TryGetValue(key, out var located) ? located.Location : Of(node);

    public bool Has(object node, string key) =>
        _entries.TryGetValue(node, out var entry) && entry.Keys.ContainsKey(key);

    /// <summary>The spec path of the node or of one of its keys, e.g. <c>payment.outcome.share</c>.</summary>
    public string PathOf(object node, string? key = null)
    {
        if (!_entries.TryGetValue(node, out var entry))
        {
            return string.Empty;
        }

        if (key is not null && entry.Keys.TryGetValue(key, out var located))
        {
            return located.Path;
        }

        return entry.Self?.Path ?? string.Empty;
    }

    // The path the reader gives is the spec's path for the node; a path that is not one (never from the reader)
    // keeps the place's own.
    private static SourceLocation WithPath(SourceLocation location, string path) =>
        FieldPath.TryParse(path, out var parsed) ? location with { Path = parsed } : location;

    private Entry EntryFor(object node)
    {
        if (!_entries.TryGetValue(node, out var entry))
        {
            entry = new Entry();
            _entries[node] = entry;
        }

        return entry;
    }

    private sealed record Located(SourceLocation Location, string Path);

    private sealed class Entry
    {
        public Located? Self { get; set; }

        public Dictionary<string, Located> Keys { get; } = new(StringComparer.Ordinal);
    }
}
