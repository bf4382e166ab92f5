using System.Globalization;
using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

// Typed accessors. Each reads one key, reports problems at the value node with the key's spec path, and
// remembers the value node so that Locate records it.
internal sealed partial class YamlMap
{
    public string? Text(string key, bool required = false)
    {
        var node = required ? RawRequired(key) : Raw(key);
        if (node is null)
        {
            return null;
        }

        AddLocation(key, node);
        return Nodes.Text(Context, node, PathOf(key));
    }

    public T? Optional<T>(string key, ScalarKind<T> kind)
        where T : struct => Read(key, kind, required: false);

    public T? Required<T>(string key, ScalarKind<T> kind)
        where T : struct => Read(key, kind, required: true);

    public T ValueOr<T>(string key, ScalarKind<T> kind, T fallback)
        where T : struct => Read(key, kind, required: false) ?? fallback;

    public YamlMap? Map(string key, bool required = false)
    {
        var node = required ? RawRequired(key) : Raw(key);
        if (node is null)
        {
            return null;
        }

        AddLocation(key, node);
        return From(node, PathOf(key), Context);
    }

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        var node = required ? RawRequired(key) : Raw(key);
        if (node is null)
        {
            return null;
        }

        AddLocation(key, node);
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Context.Error(node, DiagnosticCodes.WrongType, $"{PathOf(key)}: expected a list, found {Nodes.Describe(node)}; write a list such as [a, b] or one '- ' line per item.");
        return null;
    }

    /// <summary>A list of mappings; an item that is not a mapping is reported (CL004) and skipped.</summary>
    public IReadOnlyList<YamlMap> Maps(string key, bool required = false)
    {
        var sequence = Sequence(key, required);
        if (sequence is null)
        {
            return [];
        }

        var maps = new List<YamlMap>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            if (From(sequence.Children[index], ItemPath(key, index), Context) is { } item)
            {
                maps.Add(item);
            }
        }

        return maps;
    }

    /// <summary>A list of scalars of one kind; each item's location is kept as <c>key[i]</c>. Unreadable items are reported and left out.</summary>
    public IReadOnlyList<T>? List<T>(string key, ScalarKind<T> kind, bool required = false)
        where T : struct
    {
        var sequence = Sequence(key, required);
        if (sequence is null)
        {
            return null;
        }

        var values = new List<T>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var item = sequence.Children[index];
            AddLocation(ItemKey(key, index), item);
            if (Nodes.Parse(Context, item, ItemPath(key, index), kind) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>A by-year value: one value for every year, or a mapping by year with an optional <c>default</c>.</summary>
    public YearSchedule<T>? ByYear<T>(string key, ScalarKind<T> kind, bool required = false)
        where T : struct
    {
        var node = required ? RawRequired(key) : Raw(key);
        if (node is null)
        {
            return null;
        }

        AddLocation(key, node);
        return ByYearReader.Read(node, PathOf(key), kind, Context);
    }

    /// <summary>The year selector written with <c>years</c>, <c>from</c> and <paramref name="toKey"/>; every year when none is.</summary>
    public YearSelector Years(string toKey = "to") => YearSelectorReader.Read(this, "years", "from", toKey);

    /// <summary>The cells named by <c>service_lines</c> and <c>providers</c>; everything when neither is written.</summary>
    public CellScope Scope() => Scope(out _);

    /// <summary>As <see cref="Scope()"/>, also giving the providers in the order written (null when not written).</summary>
    public CellScope Scope(out IReadOnlyList<Id<Party>>? providers)
    {
        var lines = List("service_lines", Scalars.Id<ServiceLine>());
        providers = List("providers", Scalars.Id<Party>());
        if (lines is null && providers is null)
        {
            return CellScope.Everything;
        }

        var scope = new CellScope(lines?.ToHashSet(), providers?.ToHashSet());
        Locate(scope);
        return scope;
    }

    /// <summary>A limit: an amount, or a percentage of the base the key names.</summary>
    public Limit? Limit(string key, bool required = false)
    {
        var node = required ? RawRequired(key) : Raw(key);
        if (node is null)
        {
            return null;
        }

        AddLocation(key, node);
        return LimitReader.Read(node, PathOf(key), Context);
    }

    private T? Read<T>(string key, ScalarKind<T> kind, bool required)
        where T : struct
    {
        var node = required ? RawRequired(key) : Raw(key);
        if (node is null)
        {
            return null;
        }

        AddLocation(key, node);
        return Nodes.Parse(Context, node, PathOf(key), kind);
    }

    private static string ItemKey(string key, int index) => key + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private string ItemPath(string key, int index) => PathOf(ItemKey(key, index));
}
