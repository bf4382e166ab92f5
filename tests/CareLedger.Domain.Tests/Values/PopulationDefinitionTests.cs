using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Population;

namespace CareLedger.Domain.Tests.Values;

public class PopulationDefinitionTests
{
    private static readonly IReadOnlyList<ContractYear> Years = new ContractCalendar(new YearMonth(2015, 4), 60, 4).Years;

    private static PopulationDefinition Population(int size, YearSchedule<Percentage>? growth, decimal? weightedSize = null) =>
        new(
            Description: "People aged 65 and over",
            Basis: PopulationBasis.AgeGroup,
            Size: size,
            AsOf: new YearMonth(2015, 4),
            WeightedSize: weightedSize,
            AgeBands: [],
            Cohorts: [],
            GrowthProjection: growth,
            Tolerance: null);

    private static YearSchedule<Percentage> Growth(string rate) => YearSchedule<Percentage>.Constant(Percentage.Parse(rate));

    [Fact]
    public void Without_a_projection_every_year_has_the_base_size()
    {
        var population = Population(150_000, growth: null);

        Assert.All(Years, year => Assert.Equal(150_000, population.ProjectedSize(year)));
    }

    [Fact]
    public void The_first_year_is_the_base_size_whatever_its_projection_says()
    {
        var population = Population(150_000, new YearSchedule<Percentage>(Percentage.Parse("2.5%"), new Dictionary<int, Percentage> { [1] = Percentage.Parse("50%") }));

        Assert.Equal(150_000, population.ProjectedSize(Years[0]));
        Assert.Equal(153_750, population.ProjectedSize(Years[1]));
    }

    [Fact]
    public void Later_years_compound_on_the_previous_year_rounded_to_whole_people()
    {
        // 10 people growing 5% a year, rounded each year (halves away from zero):
        //   year 2: 10 × 1.05 = 10.5  → 11
        //   year 3: 11 × 1.05 = 11.55 → 12   (compounding unrounded, 10 × 1.05² = 11.025, would give 11)
        //   year 4: 12 × 1.05 = 12.6  → 13
        //   year 5: 13 × 1.05 = 13.65 → 14
        var population = Population(10, Growth("5%"));

        Assert.Equal([10, 11, 12, 13, 14], Years.Select(population.ProjectedSize));
    }

    [Fact]
    public void Cambridgeshire_s_older_people_grow_two_and_a_half_percent_a_year()
    {
        // 150,000 → 153,750 → 157,593.75 → 157,594 → 161,533.85 → 161,534 → 165,572.35 → 165,572.
        var population = Population(150_000, Growth("2.5%"));

        Assert.Equal([150_000, 153_750, 157_594, 161_534, 165_572], Years.Select(population.ProjectedSize));
    }

    [Fact]
    public void Each_year_uses_its_own_rate_and_a_negative_rate_shrinks_the_population()
    {
        // 2.5% then 0% then −1% then 2.5%: 150,000 → 153,750 → 153,750 → 152,212.5 → 152,213 → 156,018.325 → 156,018.
        var growth = new YearSchedule<Percentage>(
            Percentage.Parse("2.5%"),
            new Dictionary<int, Percentage> { [3] = Percentage.Zero, [4] = Percentage.Parse("-1%") });
        var population = Population(150_000, growth);

        Assert.Equal([150_000, 153_750, 153_750, 152_213, 156_018], Years.Select(population.ProjectedSize));
    }

    [Fact]
    public void The_weighted_size_scales_with_the_projected_heads()
    {
        var population = Population(150_000, Growth("2.5%"), weightedSize: 163_500m);

        Assert.Equal(163_500m, population.ProjectedWeightedSize(Years[0]));
        Assert.Equal(167_587.5m, population.ProjectedWeightedSize(Years[1])); // 163,500 × 153,750 / 150,000
        Assert.Null(Population(150_000, Growth("2.5%")).ProjectedWeightedSize(Years[1]));
    }
}
