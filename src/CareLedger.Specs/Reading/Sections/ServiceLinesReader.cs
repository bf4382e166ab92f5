using CareLedger.Domain.Scope;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>service_lines</c>; <c>in_scope</c> defaults to true.</summary>
internal static class ServiceLinesReader
{
    public static IReadOnlyList<ServiceLine> Read(YamlMap root)
    {
        var lines = new List<ServiceLine>();
        foreach (var map in root.Maps("service_lines", required: true))
        {
            var id = map.Required("id", Scalars.Id<ServiceLine>());
            var name = map.Text("name", required: true) ?? string.Empty;
            var inScope = map.ValueOr("in_scope", Scalars.YesNo, true);
            var note = map.Text("note");
            map.Complete();
            if (id is not { } lineId)
            {
                continue;
            }

            var line = new ServiceLine(lineId, name, inScope, note);
            map.Locate(line);
            lines.Add(line);
        }

        return lines;
    }
}
