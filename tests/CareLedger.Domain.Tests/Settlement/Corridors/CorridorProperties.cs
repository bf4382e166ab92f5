using CareLedger.Domain.Settlement.Rules.Corridors;
using CareLedger.Domain.SharedSavings;
using static CareLedger.Domain.Tests.Settlement.Corridors.CorridorScenario;

namespace CareLedger.Domain.Tests.Settlement.Corridors;

/// <summary>
/// Invariants of the corridor over many random targets, band layouts and costs (seeded, so every run checks the
/// same cases): the entity's receipt never falls as its cost rises, and it does not jump at any band edge.
/// </summary>
public sealed class CorridorProperties
{
    private const int Cases = 1_000;

    private static readonly Money Penny = Money.Gbp(0.01m);

    [Fact]
    public void The_corridor_payment_never_falls_as_actual_cost_rises()
    {
        var random = new Random(20160401);
        for (var i = 0; i < Cases; i++)
        {
            var (target, bands, rounding) = RandomCorridor(random);
            var first = RandomCost(random, target);
            var second = RandomCost(random, target);
            var (low, high) = first <= second ? (first, second) : (second, first);
            var label = $"case {i}: target {target}, costs {low} and {high}, bands {Describe(bands)}";

            var atLow = CorridorCalculation.Compute(target, low, bands, rounding);
            var atHigh = CorridorCalculation.Compute(target, high, bands, rounding);

            Assert.True(SignedExact(atLow) <= SignedExact(atHigh), label);
            Assert.True(atLow.ToEntity <= atHigh.ToEntity, label);
        }
    }

    [Fact]
    public void The_corridor_payment_is_continuous_at_every_band_edge()
    {
        // A penny either side of an edge moves the exact result by at most a penny × the largest payer share, and
        // the rounded result by at most two pennies (one of movement, one of rounding).
        var random = new Random(20150401);
        for (var i = 0; i < Cases; i++)
        {
            var (target, bands, rounding) = RandomCorridor(random);
            var largestShare = bands.Max(band => band.PayerShare);
            foreach (var edge in bands.Select(band => target * band.From).Where(edge => edge.Amount > 0.01m))
            {
                var label = $"case {i}: target {target}, edge {edge}, bands {Describe(bands)}";
                var at = CorridorCalculation.Compute(target, edge, bands, rounding);
                foreach (var near in new[] { edge - Penny, edge + Penny })
                {
                    var beside = CorridorCalculation.Compute(target, near, bands, rounding);
                    var moved = SignedExact(beside) - SignedExact(at);
                    var size = moved.IsNegative ? Share.Zero - moved : moved;
                    Assert.True(size <= Share.FromDecimal(0.01m) * largestShare, label);
                    Assert.True((beside.ToEntity - at.ToEntity).Abs() <= Penny + Penny, label);
                }
            }
        }
    }

    /// <summary>The exact result in pounds, signed as the entity sees it: positive received, negative paid.</summary>
    private static Share SignedExact(CorridorCalculation result) =>
        result.CostAboveTarget ? result.ExactTotal : Share.Zero - result.ExactTotal;

    private static (Money Target, IReadOnlyList<CorridorBand> Bands, RoundingRule Rounding) RandomCorridor(Random random)
    {
        var target = Money.FromMinorUnits(random.NextInt64(100_00, 1_000_000_000_00), Currency.Gbp);
        var rounding = random.Next(0, 2) == 0 ? RoundingRule.HalfUp : RoundingRule.HalfEven;
        if (random.Next(0, 4) == 0)
        {
            return (target, Marketplace(), rounding);
        }

        // Contiguous bands from 0%, cut at 1 to 6 random points between 50% and 150% (to a hundredth of a percent),
        // the last open above.
        var cuts = Enumerable.Range(0, random.Next(1, 7))
            .Select(_ => random.Next(5_000, 15_001) / 100m)
            .Distinct()
            .Order()
            .ToArray();
        var edges = new[] { 0m }.Concat(cuts).ToArray();
        var bands = edges
            .Select((from, index) => new CorridorBand(
                Percentage.FromPercent(from),
                index + 1 < edges.Length ? Percentage.FromPercent(edges[index + 1]) : null,
                RandomShare(random)))
            .ToArray();
        return (target, bands, rounding);
    }

    private static Share RandomShare(Random random) => random.Next(0, 6) switch
    {
        0 => Share.Zero,
        1 => Share.FromFraction(1, 3),
        2 => Share.FromFraction(2, 3),
        3 => Share.Whole,
        _ => Share.FromPercent(random.Next(0, 10_001) / 100m),
    };

    /// <summary>A cost from 0% to 200% of target, to the penny.</summary>
    private static Money RandomCost(Random random, Money target) =>
        Money.FromMinorUnits((long)(target.MinorUnitCount * (random.Next(0, 200_001) / 100_000m)), Currency.Gbp);

    private static string Describe(IReadOnlyList<CorridorBand> bands) =>
        string.Join(", ", bands.Select(band => $"{band.From}–{band.To?.ToString() ?? "∞"}: {band.PayerShare}"));
}
