using CareLedger.Domain;
using CareLedger.Domain.Population;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>Reads <c>population</c>: size, age bands, cohorts, the growth projection and its tolerance.</summary>
internal static class PopulationReader
{
    public static PopulationDefinition? Read(YamlMap root)
    {
        var map = root.Map("population");
        if (map is null)
        {
            return null;
        }

        var description = map.Text("description");
        var basis = map.Required("basis", Vocabularies.PopulationBasis.Kind) ?? PopulationBasis.RegisteredList;
        var size = map.Required("size", Scalars.WholeNumber) ?? 0;
        var asOf = map.Optional("as_of", Scalars.Month);
        var weightedSize = map.Optional("weighted_size", Scalars.Number);
        var ageBands = map.Maps("age_bands").Select(ReadAgeBand).ToArray();
        var cohorts = map.Maps("cohorts").Select(ReadCohort).OfType<Cohort>().ToArray();
        var growth = map.ByYear("growth_projection", Scalars.Rate);
        var tolerance = map.Map("growth_tolerance") is { } toleranceMap ? ReadTolerance(toleranceMap) : null;
        map.Complete();
        var population = new PopulationDefinition(description, basis, size, asOf, weightedSize, ageBands, cohorts, growth, tolerance);
        map.Locate(population);
        return population;
    }

    private static AgeBand ReadAgeBand(YamlMap map)
    {
        var from = map.Required("from", Scalars.WholeNumber) ?? 0;
        var to = map.Optional("to", Scalars.WholeNumber);
        var size = map.Required("size", Scalars.WholeNumber) ?? 0;
        map.Complete();
        var band = new AgeBand(from, to, size);
        map.Locate(band);
        return band;
    }

    private static Cohort? ReadCohort(YamlMap map)
    {
        var id = map.Required("id", Scalars.Id<Cohort>());
        var name = map.Text("name", required: true) ?? string.Empty;
        var size = map.Required("size", Scalars.WholeNumber) ?? 0;
        var description = map.Text("description");
        map.Complete();
        if (id is not { } cohortId)
        {
            return null;
        }

        var cohort = new Cohort(cohortId, name, size, description);
        map.Locate(cohort);
        return cohort;
    }

    private static GrowthTolerance ReadTolerance(YamlMap map)
    {
        var band = map.Required("band", Scalars.Rate) ?? Percentage.Zero;
        var adjust = map.ValueOr("adjust", Vocabularies.ToleranceAdjustment.Kind, ToleranceAdjustment.ExcessOnly);
        var pricePerHead = map.Optional("price_per_head", Scalars.Amount);
        map.Complete();
        var tolerance = new GrowthTolerance(band, adjust, pricePerHead, map.Source);
        map.Locate(tolerance);
        return tolerance;
    }
}
