using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Actuals;

/// <summary>A record written as a mapping in a YAML section list: <c>- { period: 2016/17-M01, provider: ... }</c>.</summary>
internal sealed class YamlActualsRecord(YamlMap map, ActualsSection section, ActualsContext context) : ActualsRecord(context)
{
    private RowSource? _source;

    public override RowSource Source => _source ??= Locate();

    public override bool Has(string key) => map.Has(key);

    public override T? Read<T>(string key, ScalarKind<T> kind, bool required = false) =>
        required ? map.Required(key, kind) : map.Optional(key, kind);

    public override string? Text(string key, bool required = false)
    {
        var text = map.Text(key, required)?.Trim();
        if (text is null || text.Length > 0)
        {
            return text;
        }

        if (required)
        {
            map.Context.Error(map.Raw(key)!, DiagnosticCodes.MissingRequired, $"{Where(key)} is blank; it is required.");
        }

        return null;
    }

    public override void Complete() => map.Complete();

    private RowSource Locate()
    {
        var fields = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in section.Columns)
        {
            // A field is at its value; a key written with no value is at the key.
            if ((map.Raw(column) ?? (YamlNode?)map.KeyNode(column)) is { } node)
            {
                var at = map.Context.LocationOf(node);
                fields[column] = (at.Line, at.Column);
            }

            if (map.Has(column))
            {
                written.Add(column);
            }
        }

        var start = map.Context.LocationOf(map.Node);
        return RowSource.ForRecord(Context.File, start.Path, start.Line, start.Column, fields, written);
    }
}
