using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace CareLedger.Domain.Tests.Values;

/// <summary>The remainder rule's invariants, checked by FsCheck for any whole-penny total and any weights.</summary>
public partial class ApportionmentTests
{
    /// <summary>£10bn in pence: a hundred times the largest budget any seed contract holds.</summary>
    private const long MaxPennies = 1_000_000_000_000;

    [Fact]
    public void Splitting_any_amount_by_any_shares_conserves_the_total_to_the_penny()
    {
        PropertyCheck.Holds(Prop.ForAll(SplitCases(), split =>
        {
            var parts = Apportionment.ByShares(split.Total, split.Weights);
            return parts.Count == split.Weights.Length
                && parts.All(part => part.Currency == split.Total.Currency && part.IsWholeMinorUnits)
                && Money.Sum(parts, split.Total.Currency) == split.Total;
        }));
    }

    [Fact]
    public void Every_part_is_less_than_a_penny_from_its_exact_share()
    {
        PropertyCheck.Holds(Prop.ForAll(SplitCases(), split =>
        {
            // Exact share of part i in pence: U × wᵢ / W. Within a penny: |pᵢ × W − U × wᵢ| < W, all in exact fractions.
            var parts = Apportionment.ByShares(split.Total, split.Weights);
            var weightSum = Share.Sum(split.Weights);
            var units = Pence(split.Total);
            return parts.Select((part, i) =>
            {
                var miss = (Pence(part) * weightSum) - (units * split.Weights[i]);
                var size = miss.IsNegative ? Share.Zero - miss : miss;
                return size < weightSum;
            }).All(within => within);
        }));
    }

    [Fact]
    public void Splitting_follows_the_documented_remainder_rule_exactly()
    {
        // Against a deliberately plain reading of docs/contract-spec.md, "The remainder rule": floors, then one
        // penny each to the largest remainders, ties to the part listed first, never to a zero weight.
        PropertyCheck.Holds(Prop.ForAll(SplitCases(), split =>
            Apportionment.ByShares(split.Total, split.Weights).Select(part => part.MinorUnitCount)
                .SequenceEqual(ReferenceSplit(split.Total.MinorUnitCount, split.Weights))));
    }

    [Fact]
    public void Parts_with_zero_weight_always_get_nothing()
    {
        PropertyCheck.Holds(Prop.ForAll(SplitCases(), split =>
            Apportionment.ByShares(split.Total, split.Weights)
                .Where((_, i) => split.Weights[i].IsZero)
                .All(part => part.IsZero)));
    }

    [Fact]
    public void A_loss_is_split_exactly_as_a_gain_of_the_same_size()
    {
        PropertyCheck.Holds(Prop.ForAll(SplitCases(), split =>
            Apportionment.ByShares(split.Total.Negate(), split.Weights)
                .SequenceEqual(Apportionment.ByShares(split.Total, split.Weights).Select(part => part.Negate()))));
    }

    [Fact]
    public void Scaling_every_weight_by_the_same_factor_changes_nothing()
    {
        var factors = Gen.Choose(1, 1_000).Zip(Gen.Choose(1, 1_000), (numerator, denominator) => Share.FromFraction(numerator, denominator)).ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(SplitCases(), factors, (split, factor) =>
            Apportionment.ByShares(split.Total, split.Weights.Select(weight => weight * factor).ToArray())
                .SequenceEqual(Apportionment.ByShares(split.Total, split.Weights))));
    }

    [Fact]
    public void Even_parts_add_up_differ_by_at_most_a_penny_and_never_grow()
    {
        var counts = Gen.Frequency((4, Gen.Choose(1, 12)), (1, Gen.Choose(13, 1_000))).ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(Totals().ToArbitrary(), counts, (total, count) =>
        {
            var parts = Apportionment.Evenly(total, count);
            var sizes = parts.Select(part => Math.Abs(part.MinorUnitCount)).ToArray();
            return parts.Count == count
                && Money.Sum(parts, total.Currency) == total
                && sizes.Max() - sizes.Min() <= 1m
                && sizes.Zip(sizes.Skip(1), (earlier, later) => earlier >= later).All(ordered => ordered)
                && parts.All(part => part.IsZero || part.IsNegative == total.IsNegative);
        }));
    }

    [Fact]
    public void Even_parts_are_the_same_as_equal_weights()
    {
        var counts = Gen.Choose(1, 50).ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(Totals().ToArbitrary(), counts, (total, count) =>
            Apportionment.Evenly(total, count).SequenceEqual(Apportionment.ByShares(total, Enumerable.Repeat(Share.Whole, count).ToArray()))));
    }

    [Fact]
    public void Splitting_by_amounts_conserves_the_total_and_weighs_each_amount_by_its_size()
    {
        // Cell amounts of any sign (a cell can be a credit), up to £10bn, not all zero.
        var cells = Gen.Choose(1, 30)
            .SelectMany(count => Gen.ArrayOf(Totals(), count))
            .Where(amounts => amounts.Any(amount => !amount.IsZero))
            .ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(Totals().ToArbitrary(), cells, (total, amounts) =>
        {
            var parts = Apportionment.ByAmounts(total, amounts);
            return Money.Sum(parts, total.Currency) == total
                && parts.SequenceEqual(Apportionment.ByShares(total, amounts.Select(amount => Share.FromDecimal(Math.Abs(amount.Amount))).ToArray()));
        }));
    }

    [Fact]
    public void Splitting_by_percentages_conserves_the_total()
    {
        var rates = Gen.Choose(1, 20)
            .SelectMany(count => Gen.ArrayOf(Gen.Choose(0, 10_000).Select(basisPoints => Percentage.FromPercent(basisPoints / 100m)), count))
            .Where(percentages => percentages.Any(rate => rate != Percentage.Zero))
            .ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(Totals().ToArbitrary(), rates, (total, percentages) =>
            Money.Sum(Apportionment.ByPercentages(total, percentages), total.Currency) == total));
    }

    [Fact]
    public void Splitting_by_whole_number_weights_follows_the_same_rule_even_when_the_weights_overflow_64_bits()
    {
        // Months covered, cell sizes in pence, and weights near long.MaxValue whose sum no longer fits in a long.
        var weight = Gen.Frequency(
            (1, Gen.Constant(0L)),
            (4, Gen.Choose(1, 12).Select(months => (long)months)),
            (2, Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, int.MaxValue), (high, low) => ((long)high << 31) | (uint)low)),
            (1, Gen.Choose(0, 1_000).Select(below => long.MaxValue - below)));
        var weights = Gen.Choose(1, 20)
            .SelectMany(count => Gen.ArrayOf(weight, count))
            .Where(list => list.Any(value => value != 0))
            .ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(Totals().ToArbitrary(), weights, (total, list) =>
        {
            var parts = Apportionment.ByWeights(total, list);
            return Money.Sum(parts, total.Currency) == total
                && parts.Select(part => part.MinorUnitCount)
                    .SequenceEqual(ReferenceSplit(total.MinorUnitCount, list.Select(value => Share.FromFraction(value, 1)).ToArray()));
        }));
    }

    // ---- generators ----

    /// <summary>A total and the weights to split it by, printed readably when FsCheck reports a counter-example.</summary>
    private sealed record SplitCase(Money Total, Share[] Weights)
    {
        public override string ToString() => $"{Total.ToPlainString()} by [{string.Join(", ", Weights)}]";
    }

    private static Arbitrary<SplitCase> SplitCases()
    {
        // Mostly small lists, sometimes long ones so that many parts tie for the leftover pennies.
        var weights = Gen.Frequency((5, Gen.Choose(1, 8)), (1, Gen.Choose(9, 200)))
            .SelectMany(count => Gen.ArrayOf(Weights(), count))
            .Where(list => list.Any(weight => !weight.IsZero));
        return Totals().Zip(weights, (total, list) => new SplitCase(total, list)).ToArbitrary();
    }

    /// <summary>Whole-penny amounts from −£10bn to £10bn, weighted towards edges and small sums where pennies run out.</summary>
    private static Gen<Money> Totals()
    {
        var edges = Gen.Elements(0L, 1L, -1L, 2L, 99L, -100L, 9_800_000_000L, MaxPennies, -MaxPennies);
        var small = Gen.Choose(-10_000, 10_000).Select(pennies => (long)pennies);
        var large = Gen.Choose(-1_000_000, 1_000_000).Zip(
            Gen.Choose(0, 999_999),
            (millions, rest) => Math.Clamp((millions * 1_000_000L) + (millions < 0 ? -rest : rest), -MaxPennies, MaxPennies));
        return Gen.Frequency((1, edges), (3, small), (6, large)).Select(pennies => Money.Gbp(pennies / 100m));
    }

    /// <summary>
    /// Non-negative shares: zeros, fractions, percentages (as contracts write them) and very uneven integers, plus a
    /// small palette that repeats often, so that parts tie for the leftover pennies.
    /// </summary>
    private static Gen<Share> Weights() =>
        Gen.Frequency(
            (1, Gen.Constant(Share.Zero)),
            (3, Gen.Elements(Share.Whole, Share.FromFraction(1, 3), Share.FromFraction(2, 3), Share.FromPercent(25m), Share.FromFraction(1, 7))),
            (4, Gen.Choose(1, 1_000).Zip(Gen.Choose(1, 1_000), (numerator, denominator) => Share.FromFraction(numerator, denominator))),
            (3, Gen.Choose(0, 10_000).Select(basisPoints => Share.FromPercent(basisPoints / 100m))),
            (1, Gen.Choose(1, int.MaxValue).Select(size => Share.FromFraction(size, 1))));

    private static Share Pence(Money amount) => Share.FromDecimal(amount.MinorUnitCount);

    private static decimal[] ReferenceSplit(decimal units, IReadOnlyList<Share> weights)
    {
        var common = weights.Aggregate(BigInteger.One, (lcm, weight) => lcm / BigInteger.GreatestCommonDivisor(lcm, weight.Denominator) * weight.Denominator);
        var whole = weights.Select(weight => weight.Numerator * (common / weight.Denominator)).ToArray();
        var weightSum = whole.Aggregate(BigInteger.Zero, (sum, weight) => sum + weight);
        var size = BigInteger.Abs(new BigInteger(units));
        var parts = whole.Select(weight => size * weight / weightSum).ToArray();
        var remainders = whole.Select(weight => size * weight % weightSum).ToArray();
        var leftover = (int)(size - parts.Aggregate(BigInteger.Zero, (sum, part) => sum + part));
        var lucky = Enumerable.Range(0, whole.Length)
            .Where(i => !whole[i].IsZero)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .Take(leftover);
        foreach (var i in lucky)
        {
            parts[i] += 1;
        }

        return parts.Select(part => (decimal)part * Math.Sign(units)).ToArray();
    }
}
