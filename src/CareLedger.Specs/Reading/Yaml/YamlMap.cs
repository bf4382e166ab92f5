using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// One YAML mapping as a section reader sees it. Every key a reader asks for becomes known, whether or not it is
/// present; <see cref="Complete"/> then reports every key nobody asked for as CL002 with the nearest known key.
/// Typed accessors report wrong types and formats at the value, and missing required keys at the mapping.
/// Each key read is remembered with its value node so <see cref="Locate"/> can record it on the record built.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _keysInOrder = [];
    private readonly List<string> _known = [];
    private readonly List<(string Key, YamlNode Node)> _located = [];

    public YamlMap(YamlMappingNode node, string path, ReadContext context)
    {
        Node = node;
        Path = path;
        Context = context;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode scalar)
            {
                var name = scalar.Value ?? string.Empty;
                _entries[name] = (scalar, value);
                _keysInOrder.Add(name);
            }
            else
            {
                context.Error(key, DiagnosticCodes.WrongType, $"{Where}: a key must be a plain name, not {Nodes.Describe(key)}.");
            }
        }
    }

    public YamlMappingNode Node { get; }

    /// <summary>The spec path of this mapping, e.g. <c>payment.outcome</c>; empty for the top level.</summary>
    public string Path { get; }

    public ReadContext Context { get; }

    public SourceRef Source => Context.SourceOf(Node, Path);

    private string Where => Path.Length == 0 ? "the top level" : Path;

    // "at the top level" or "in payment.fixed", for sentences that name where a key belongs.
    private string In => Path.Length == 0 ? "at the top level" : "in " + Path;

    /// <summary>The node as a mapping, or null after reporting CL004 (a list or value where a mapping belongs).</summary>
    public static YamlMap? From(YamlNode node, string path, ReadContext context)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, path, context);
        }

        context.Error(node, DiagnosticCodes.WrongType, $"{path}: expected a mapping of keys, found {Nodes.Describe(node)}.");
        return null;
    }

    public string PathOf(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>True when the key is written with a value; the key becomes known.</summary>
    public bool Has(string key) => Raw(key) is not null;

    /// <summary>The key's value node, or null when it is absent or written empty; the key becomes known.</summary>
    public YamlNode? Raw(string key)
    {
        Know(key);
        return _entries.TryGetValue(key, out var entry) && !Nodes.IsNull(entry.Value) ? entry.Value : null;
    }

    /// <summary>The key's own node (for problems about the key rather than its value).</summary>
    public YamlScalarNode? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>As <see cref="Raw"/>, reporting CL003 when the key is missing or empty.</summary>
    public YamlNode? RawRequired(string key)
    {
        var node = Raw(key);
        if (node is not null)
        {
            return node;
        }

        if (_entries.TryGetValue(key, out var entry))
        {
            Context.Error(entry.Key, DiagnosticCodes.MissingRequired, $"'{key}' {In} has no value; it is required.");
        }
        else
        {
            // Reported at the mapping, where the key belongs, but about the key.
            Context.Error(Node, Context.PathOf(Node).Key(key), DiagnosticCodes.MissingRequired, $"'{key}' is required {In}.");
        }

        return null;
    }

    /// <summary>Remembers where a key (or a list item such as <c>service_lines[0]</c>) was written, for <see cref="Locate"/>.</summary>
    public void AddLocation(string key, YamlNode node) => _located.Add((key, node));

    /// <summary>Marks keys as belonging here without reading them (e.g. when an item's kind could not be read).</summary>
    public void Know(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!_known.Contains(key))
            {
                _known.Add(key);
            }
        }
    }

    /// <summary>Reports a key that belongs to the format but not to this case, e.g. <c>bands</c> without <c>scoring: banded</c>.</summary>
    public void NotApplicable(string key, string reason)
    {
        Know(key);
        if (_entries.TryGetValue(key, out var entry))
        {
            Context.Error(entry.Key, DiagnosticCodes.UnknownKey, $"'{key}' does not apply {In}: {reason}.");
        }
    }

    /// <summary>
    /// For two keys of which exactly one may be written (<c>years</c>/<c>months</c>, <c>rate</c>/<c>amount</c>):
    /// the one written (the first in the file if both are, after reporting CL004 at the other), or null, after
    /// reporting CL003 when neither is and one is required.
    /// </summary>
    public string? EitherOf(string first, string second, bool required)
    {
        var hasFirst = Has(first);
        var hasSecond = Has(second);
        if (hasFirst && hasSecond)
        {
            var (kept, dropped) = _keysInOrder.IndexOf(first) < _keysInOrder.IndexOf(second) ? (first, second) : (second, first);
            Context.Error(_entries[dropped].Key, DiagnosticCodes.WrongType, $"{Where}: write either '{first}' or '{second}', not both; '{dropped}' is ignored.");
            return kept;
        }

        if (!hasFirst && !hasSecond)
        {
            if (required)
            {
                Context.Error(Node, DiagnosticCodes.MissingRequired, $"'{first}' or '{second}' is required {In}.");
            }

            return null;
        }

        return hasFirst ? first : second;
    }

    /// <summary>Reports every key no reader asked for (CL002), suggesting the nearest known key.</summary>
    public void Complete()
    {
        foreach (var key in _keysInOrder)
        {
            if (!_known.Contains(key))
            {
                Context.Error(_entries[key].Key, DiagnosticCodes.UnknownKey, $"Unknown key '{key}' {In}; {NameSuggester.SuggestOrList(key, _known)}");
            }
        }
    }

    /// <summary>Records where the record was written: the mapping, and the value of every key read from it.</summary>
    public void Locate(object record)
    {
        Context.Locations.Record(record, Context.LocationOf(Node), Path);
        foreach (var (key, node) in _located)
        {
            Context.Locations.Record(record, key, Context.LocationOf(node), PathOf(key));
        }
    }
}
