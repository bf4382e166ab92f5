using CareLedger.Domain;
using CareLedger.Domain.Outcomes;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads <c>outcomes</c>: frameworks, their weighted outcomes and indicators, exactly as written. Weights are
/// not checked here: a framework loaded as published (Mid-Notts: 99% in total) must come through unchanged so
/// that validation can say so.
/// </summary>
internal static class OutcomesReader
{
    public static IReadOnlyList<OutcomesFramework> Read(YamlMap root)
    {
        var frameworks = new List<OutcomesFramework>();
        foreach (var map in root.Maps("outcomes"))
        {
            var id = map.Required("id", Scalars.Id<OutcomesFramework>());
            var name = map.Text("name", required: true) ?? string.Empty;
            var outcomes = map.Maps("outcomes", required: true)
                .Select(ReadOutcome)
                .OfType<Outcome>()
                .ToArray();
            map.Complete();
            if (id is not { } frameworkId)
            {
                continue;
            }

            var framework = new OutcomesFramework(frameworkId, name, outcomes, map.Source);
            map.Locate(framework);
            frameworks.Add(framework);
        }

        return frameworks;
    }

    private static Outcome? ReadOutcome(YamlMap map)
    {
        var id = map.Required("id", Scalars.Id<Outcome>());
        var name = map.Text("name", required: true) ?? string.Empty;
        var weight = map.Required("weight", Scalars.Rate) ?? Percentage.Zero;
        var indicators = map.Maps("indicators", required: true)
            .Select(IndicatorReader.Read)
            .OfType<Indicator>()
            .ToArray();
        map.Complete();
        if (id is not { } outcomeId)
        {
            return null;
        }

        var outcome = new Outcome(outcomeId, name, weight, indicators, map.Source);
        map.Locate(outcome);
        return outcome;
    }
}
