using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Actuals;

/// <summary>A record written as a mapping in a YAML section list: <c>- { period: 2016/17-M01, provider: ... }</c>.</summary>
internal sealed class YamlActualsRecord(YamlMap map, ActualsContext context) : ActualsRecord(context)
{
    public override string Name => map.Path;

    public override SourceRef Source => map.Source;

    public override string Where(string key) => map.PathOf(key);

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
            Error(key, DiagnosticCodes.MissingRequired, $"{Where(key)} is blank; it is required.");
        }

        return null;
    }

    public override void Error(string key, string code, string message)
    {
        YamlNode node = map.Raw(key) ?? (YamlNode?)map.KeyNode(key) ?? map.Node;
        map.Context.Error(node, code, message);
    }

    public override void ErrorAtRecord(string code, string message) => map.Context.Error(map.Node, code, message);

    public override void Complete() => map.Complete();
}
