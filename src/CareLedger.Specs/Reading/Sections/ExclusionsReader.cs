using System.Globalization;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>exclusions</c>: each a sentence, or <c>{ description, service_line }</c>.</summary>
internal static class ExclusionsReader
{
    public static IReadOnlyList<Exclusion> Read(YamlMap root)
    {
        var sequence = root.Sequence("exclusions");
        if (sequence is null)
        {
            return [];
        }

        var context = root.Context;
        var exclusions = new List<Exclusion>();
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            var item = sequence.Children[index];
            var path = root.PathOf("exclusions") + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            switch (item)
            {
                case YamlScalarNode { Value: { } text } when !Nodes.IsNull(item):
                    var exclusion = new Exclusion(text);
                    context.Locations.Record(exclusion, context.LocationOf(item), path);
                    context.Locations.Record(exclusion, "description", context.LocationOf(item), path);
                    exclusions.Add(exclusion);
                    break;
                case YamlMappingNode mapping:
                    exclusions.Add(ReadMapping(new YamlMap(mapping, path, context)));
                    break;
                default:
                    context.Error(item, DiagnosticCodes.WrongType, $"{path}: expected a description or {{ description, service_line }}, found {Nodes.Describe(item)}.");
                    break;
            }
        }

        return exclusions;
    }

    private static Exclusion ReadMapping(YamlMap map)
    {
        var description = map.Text("description", required: true) ?? string.Empty;
        var serviceLine = map.Optional("service_line", Scalars.Id<ServiceLine>());
        map.Complete();
        var exclusion = new Exclusion(description, serviceLine);
        map.Locate(exclusion);
        return exclusion;
    }
}
