using CareLedger.Domain.Contracts;
using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Population;

/// <summary>
/// The population the budget is for: its size, optional weighted size (need-adjusted heads), age bands, cohorts,
/// projected growth by year and the tolerance rule.
/// </summary>
/// <param name="Size">Heads at the start of the first contract year.</param>
/// <param name="GrowthProjection">Projected growth in heads for each contract year against the year before; ignored for year 1, whose size is <see cref="Size"/>.</param>
public sealed record PopulationDefinition(
    string? Description,
    PopulationBasis Basis,
    int Size,
    YearMonth? AsOf,
    decimal? WeightedSize,
    IReadOnlyList<AgeBand> AgeBands,
    IReadOnlyList<Cohort> Cohorts,
    YearSchedule<Percentage>? GrowthProjection,
    GrowthTolerance? Tolerance)
{
    /// <summary>Projected heads in a contract year: the base size grown by each later year's projection up to and including it, rounded to whole people each year.</summary>
    public int ProjectedSize(ContractYear year)
    {
        if (GrowthProjection is null)
        {
            return Size;
        }

        decimal heads = Size;
        for (var number = 2; number <= year.Number; number++)
        {
            heads = decimal.Round(heads * (1m + GrowthProjection.For(number).Fraction), 0, MidpointRounding.AwayFromZero);
        }

        return (int)heads;
    }

    /// <summary>Projected weighted heads, scaled with the plain projection.</summary>
    public decimal? ProjectedWeightedSize(ContractYear year) =>
        WeightedSize is null || Size == 0 ? null : WeightedSize.Value * ProjectedSize(year) / Size;
}
