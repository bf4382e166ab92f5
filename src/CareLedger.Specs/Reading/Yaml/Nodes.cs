using CareLedger.Specs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>Reading single YAML nodes: raw scalar text (never YAML's own typing) and values of a <see cref="ScalarKind{T}"/>.</summary>
internal static class Nodes
{
    /// <summary>An empty value, <c>~</c> or <c>null</c> written plainly: treated as if the key were absent.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"the value '{scalar.Value}'",
        _ => "an alias",
    };

    /// <summary>The scalar's text exactly as written (quotes removed), or null after reporting CL004 for a mapping or list.</summary>
    public static string? Text(ReadContext context, YamlNode node, string path)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? string.Empty;
        }

        context.Error(node, DiagnosticCodes.WrongType, $"{path}: expected a single value, found {Describe(node)}.");
        return null;
    }

    /// <summary>The node read as <paramref name="kind"/>, or null after reporting why it could not be.</summary>
    public static T? Parse<T>(ReadContext context, YamlNode node, string path, ScalarKind<T> kind)
        where T : struct
    {
        var text = Text(context, node, path);
        if (text is null)
        {
            return null;
        }

        var outcome = kind.Parse(text, context);
        if (outcome.Succeeded)
        {
            return outcome.Value;
        }

        if (outcome.Code is not null)
        {
            context.Error(node, outcome.Code, $"{path}: {outcome.Message}");
        }

        return null;
    }
}
