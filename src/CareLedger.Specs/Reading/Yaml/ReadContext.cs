using CareLedger.Domain;
using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// What every part of the reader shares while one file is read: where problems go, where locations are recorded,
/// and the contract-wide settings that decide how values read (the currency for amounts, the calendar for years).
/// </summary>
internal sealed class ReadContext(string file, DiagnosticBag diagnostics, SpecLocations locations)
{
    // The field path of every node of the document, worked out once from its structure, so that every finding
    // at a node carries its path without each reader passing it along. By identity: equal scalars are two places.
    private readonly Dictionary<YamlNode, FieldPath> _paths = new(ReferenceEqualityComparer.Instance);

    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SpecLocations Locations { get; } = locations;

    /// <summary>The contract's currency; amounts are read in it. GBP until <c>contract.currency</c> says otherwise.</summary>
    public Currency Currency { get; set; } = Currency.Gbp;

    /// <summary>
    /// The contract's calendar, once <c>contract.term</c> has been read. While it is null, year labels cannot be
    /// judged, so they are passed over silently: the term's own error already explains why.
    /// </summary>
    public ContractCalendar? Calendar { get; set; }

    public SourceLocation LocationOf(YamlNode node) => LocationOf(node, PathOf(node));

    /// <summary>The node's place with another path: a missing key is reported at its mapping but is about the key.</summary>
    public SourceLocation LocationOf(YamlNode node, FieldPath path) =>
        new(File, checked((int)node.Start.Line), checked((int)node.Start.Column), path);

    /// <summary>The field path of a node of the document (a key has the path of its value); the root for any other node.</summary>
    public FieldPath PathOf(YamlNode node) => _paths.GetValueOrDefault(node);

    /// <summary>Records the path of every node under <paramref name="root"/>; called once the document is loaded.</summary>
    public void IndexPaths(YamlNode root) => Index(root, FieldPath.Root);

    public SourceRef SourceOf(YamlNode node, string path)
    {
        var location = LocationOf(node);
        return new SourceRef(File, path, location.Line, location.Column);
    }

    public void Error(YamlNode node, string code, string message) =>
        Diagnostics.Error(LocationOf(node), code, message);

    public void Error(YamlNode node, FieldPath path, string code, string message) =>
        Diagnostics.Error(LocationOf(node, path), code, message);

    private void Index(YamlNode node, FieldPath path)
    {
        // An alias repeats a node already indexed; its first place is kept, and the walk cannot loop.
        if (!_paths.TryAdd(node, path))
        {
            return;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var child = key is YamlScalarNode scalar ? path.Key(scalar.Value ?? string.Empty) : path;
                    _paths.TryAdd(key, child);
                    Index(value, child);
                }

                break;
            case YamlSequenceNode sequence:
                for (var index = 0; index < sequence.Children.Count; index++)
                {
                    Index(sequence.Children[index], path.Item(index));
                }

                break;
        }
    }
}
