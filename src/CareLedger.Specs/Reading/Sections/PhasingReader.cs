using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>payment.outcome.phasing</c>. Entries are matched in order, so each year takes the first entry that
/// selects it; a year no entry selects has the whole pot at risk, applied. Each entry has <c>applied</c> (default
/// yes) and <c>at_risk</c>: one share of the pot, or four by quarter (default 100%).
/// </summary>
internal static class PhasingReader
{
    public static YearSchedule<OutcomePhase> Read(YamlMap outcome)
    {
        var entries = outcome.Maps("phasing").Select(ReadEntry).ToArray();
        var context = outcome.Context;
        if (entries.Length == 0 || context.Calendar is not { } calendar)
        {
            return YearSchedule<OutcomePhase>.Constant(OutcomePhase.FullyAtRisk);
        }

        var byYear = new Dictionary<int, Entry>();
        foreach (var year in calendar.Years)
        {
            if (entries.FirstOrDefault(entry => entry.Years.Includes(year)) is { } chosen)
            {
                byYear[year.Number] = chosen;
            }
        }

        var schedule = new YearSchedule<OutcomePhase>(
            OutcomePhase.FullyAtRisk,
            byYear.ToDictionary(pair => pair.Key, pair => pair.Value.Phase));
        context.Locations.Record(schedule, context.LocationOf(outcome.Raw("phasing")!), outcome.PathOf("phasing"));
        foreach (var year in calendar.Years.Where(year => byYear.ContainsKey(year.Number)))
        {
            var map = byYear[year.Number].Map;
            context.Locations.Record(schedule, year.Label, context.LocationOf(map.Node), map.Path);
        }

        return schedule;
    }

    private static Entry ReadEntry(YamlMap map)
    {
        var years = map.Years();
        var applied = map.ValueOr("applied", Scalars.YesNo, true);
        var atRisk = ReadAtRisk(map);
        map.Complete();
        var phase = new OutcomePhase(applied, atRisk, map.Source);
        map.Locate(phase);
        return new Entry(phase, years, map);
    }

    private static IReadOnlyList<Percentage> ReadAtRisk(YamlMap map)
    {
        var node = map.Raw("at_risk");
        if (node is not YamlSequenceNode)
        {
            return [map.ValueOr("at_risk", Scalars.Rate, Percentage.Hundred)];
        }

        var quarters = map.List("at_risk", Scalars.Rate) ?? [];
        var written = ((YamlSequenceNode)node).Children.Count;
        if (written is not (1 or 4))
        {
            map.Context.Error(node, DiagnosticCodes.WrongType, $"{map.PathOf("at_risk")}: give one share of the pot, or four (one per quarter); found {written}.");
            return [Percentage.Hundred];
        }

        // An unreadable quarter has been reported; the neutral default stands in for the whole list.
        return quarters.Count == written ? quarters : [Percentage.Hundred];
    }

    private sealed record Entry(OutcomePhase Phase, YearSelector Years, YamlMap Map);
}
