using CareLedger.Domain.Contracts;
using CareLedger.Specs.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Reads a by-year value: <c>1.8%</c> for every year, or <c>{ default: 15%, 2015/16: 0%, 2016/17: 10% }</c>.
/// Without <c>default</c> every contract year must be listed (CL602, reported at the mapping). The schedule is
/// recorded at its node, with each year's value under its label (<c>"2016/17"</c>, <c>"default"</c>).
/// </summary>
internal static class ByYearReader
{
    private const string DefaultKey = "default";

    public static YearSchedule<T>? Read<T>(YamlNode node, string path, ScalarKind<T> kind, ReadContext context)
        where T : struct
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                return ReadMapping(mapping, path, kind, context);
            case YamlSequenceNode:
                context.Error(node, DiagnosticCodes.WrongType, $"{path}: expected one value for every year, or a mapping by year such as {{ default: 15%, 2015/16: 0% }}; found a list.");
                return null;
        }

        if (Nodes.Parse(context, node, path, kind) is not { } value)
        {
            return null;
        }

        var schedule = YearSchedule<T>.Constant(value);
        context.Locations.Record(schedule, context.LocationOf(node), path);
        return schedule;
    }

    private static YearSchedule<T>? ReadMapping<T>(YamlMappingNode mapping, string path, ScalarKind<T> kind, ReadContext context)
        where T : struct
    {
        T? fallback = null;
        T? first = null;
        var byYear = new Dictionary<int, T>();
        var listed = new HashSet<int>();
        var located = new List<(string Label, YamlNode Node)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } label })
            {
                context.Error(keyNode, DiagnosticCodes.WrongType, $"{path}: a key must be a year label or 'default', not {Nodes.Describe(keyNode)}.");
                continue;
            }

            var valuePath = path + "." + label;
            located.Add((label, valueNode));
            if (label == DefaultKey)
            {
                fallback = Nodes.Parse(context, valueNode, valuePath, kind);
                continue;
            }

            var year = Scalars.Year.Parse(label, context);
            if (!year.Succeeded)
            {
                ReportBadYear(keyNode, label, path, year, context);
                Nodes.Parse(context, valueNode, valuePath, kind);
                continue;
            }

            listed.Add(year.Value);
            if (Nodes.Parse(context, valueNode, valuePath, kind) is { } value)
            {
                byYear[year.Value] = value;
                first ??= value;
            }
        }

        if (fallback is null && !mapping.Children.Any(child => child.Key is YamlScalarNode { Value: DefaultKey }))
        {
            ReportMissingYears(mapping, path, listed, context);
        }

        if ((fallback ?? first) is not { } everyYear)
        {
            return null;
        }

        var schedule = new YearSchedule<T>(everyYear, byYear);
        context.Locations.Record(schedule, context.LocationOf(mapping), path);
        foreach (var (label, node) in located)
        {
            context.Locations.Record(schedule, label, context.LocationOf(node), path + "." + label);
        }

        return schedule;
    }

    private static void ReportBadYear<T>(YamlNode keyNode, string label, string path, ParseOutcome<T> outcome, ReadContext context)
        where T : struct
    {
        if (outcome.Code is null)
        {
            return;
        }

        if (NameSuggester.Suggest(label, [DefaultKey]) is not null)
        {
            context.Error(keyNode, DiagnosticCodes.UnknownKey, $"Unknown key '{label}' in {path}; did you mean '{DefaultKey}'?");
            return;
        }

        context.Error(keyNode, outcome.Code, $"{path}: {outcome.Message}");
    }

    private static void ReportMissingYears(YamlMappingNode mapping, string path, HashSet<int> listed, ReadContext context)
    {
        if (context.Calendar is null)
        {
            return;
        }

        var missing = context.Calendar.Years.Where(year => !listed.Contains(year.Number)).Select(year => year.Label).ToArray();
        if (missing.Length == 0)
        {
            return;
        }

        context.Error(
            mapping,
            DiagnosticCodes.YearMissing,
            $"{path} has no value for {string.Join(", ", missing)} and no 'default'; list every contract year or add 'default'.");
    }
}
