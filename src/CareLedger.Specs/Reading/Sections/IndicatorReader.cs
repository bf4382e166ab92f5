using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>
/// Reads one indicator: its category and weight, and its measure — a milestone (with part credit, default 50%)
/// or a metric (baseline, target by year, direction, and binary, linear or banded scoring).
/// </summary>
internal static class IndicatorReader
{
    private static readonly string[] MetricKeys = ["unit", "baseline", "target", "direction", "scoring", "bands"];

    private static readonly Vocabulary<MeasureKind> Measures = new(
        "indicator measure",
        ("milestone", MeasureKind.Milestone),
        ("metric", MeasureKind.Metric));

    private static readonly Vocabulary<ScoringKind> Scorings = new(
        "scoring rule",
        ("binary", ScoringKind.Binary),
        ("linear", ScoringKind.Linear),
        ("banded", ScoringKind.Banded));

    private enum MeasureKind
    {
        Milestone,
        Metric,
    }

    private enum ScoringKind
    {
        Binary,
        Linear,
        Banded,
    }

    public static Indicator? Read(YamlMap map)
    {
        var id = map.Required("id", Scalars.Id<Indicator>());
        var name = map.Text("name", required: true) ?? string.Empty;
        var category = map.Required("category", Vocabularies.Category.Kind) ?? IndicatorCategory.Planning;
        var weight = map.Required("weight", Scalars.Rate) ?? Percentage.Zero;
        var measureKind = map.Has("measure") ? map.Required("measure", Measures.Kind) : MeasureKind.Milestone;
        IndicatorMeasure measure;
        switch (measureKind)
        {
            case MeasureKind.Metric:
                map.NotApplicable("part_credit", "only a milestone scores part credit");
                measure = ReadMetric(map);
                break;
            case MeasureKind.Milestone:
                foreach (var key in MetricKeys)
                {
                    map.NotApplicable(key, "only a metric (measure: metric) has it");
                }

                measure = new MilestoneMeasure(map.ValueOr("part_credit", Scalars.Rate, Percentage.FromPercent(50m)));
                break;
            default:
                map.Know([.. MetricKeys, "part_credit"]);
                measure = new MilestoneMeasure(Percentage.FromPercent(50m));
                break;
        }

        map.Complete();
        map.Locate(measure);
        if (id is not { } indicatorId)
        {
            return null;
        }

        var indicator = new Indicator(indicatorId, name, category, weight, measure, map.Source);
        map.Locate(indicator);
        return indicator;
    }

    private static MetricMeasure ReadMetric(YamlMap map)
    {
        var unit = map.Text("unit");
        var baseline = map.Required("baseline", Scalars.Number) ?? 0m;
        var target = map.ByYear("target", Scalars.Number, required: true) ?? YearSchedule<decimal>.Constant(baseline);
        var direction = map.Required("direction", Vocabularies.Direction.Kind) ?? MetricDirection.HigherIsBetter;
        var scoring = ReadScoring(map);
        return new MetricMeasure(baseline, target, direction, scoring, unit);
    }

    private static ScoringRule ReadScoring(YamlMap map)
    {
        var kind = map.Required("scoring", Scorings.Kind);
        if (kind != ScoringKind.Banded)
        {
            if (kind is not null)
            {
                map.NotApplicable("bands", "only banded scoring has bands");
            }
            else
            {
                map.Know("bands");
            }

            ScoringRule rule = kind == ScoringKind.Binary ? new BinaryScoring() : new LinearScoring();
            map.Locate(rule);
            return rule;
        }

        var bands = map.Maps("bands", required: true).Select(ReadBand).ToArray();
        var banded = new BandedScoring(bands);
        map.Locate(banded);
        return banded;
    }

    private static ScoreBand ReadBand(YamlMap map)
    {
        var from = map.Required("from", Scalars.Rate) ?? Percentage.Zero;
        var score = map.Required("score", Scalars.Rate) ?? Percentage.Zero;
        map.Complete();
        var band = new ScoreBand(from, score);
        map.Locate(band);
        return band;
    }
}
