using System.Numerics;

namespace CareLedger.Domain;

/// <summary>
/// Splits an amount into parts that add back to it exactly, to the penny.
/// </summary>
/// <remarks>
/// <para>The remainder rule (largest remainder): each part first gets its exact share of the total rounded
/// <em>down</em> to a whole minor unit. The pennies left over (always fewer than the number of parts) go one each
/// to the parts whose exact shares lost the most in that rounding; where two parts lost the same, the one
/// listed first gets the penny. A part with a zero weight never receives a penny.</para>
/// <para>A negative total is split as its absolute value and each part negated, so a loss is shared exactly
/// as a gain of the same size would be.</para>
/// <para>Weights are relative: 2:1 and 2/3:1/3 split alike. They must be non-negative and not all zero.</para>
/// </remarks>
public static class Apportionment
{
    public static IReadOnlyList<Money> ByShares(Money total, IReadOnlyList<Share> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("At least one weight is needed to split an amount.", nameof(weights));
        }

        // Put every weight over one common denominator so they become plain integers.
        var commonDenominator = BigInteger.One;
        foreach (var weight in weights)
        {
            if (weight.IsNegative)
            {
                throw new ArgumentException("Weights cannot be negative.", nameof(weights));
            }

            if (!weight.Denominator.IsOne)
            {
                commonDenominator = LeastCommonMultiple(commonDenominator, weight.Denominator);
            }
        }

        var integerWeights = new BigInteger[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            integerWeights[i] = commonDenominator.IsOne ? weights[i].Numerator : weights[i].Numerator * (commonDenominator / weights[i].Denominator);
        }

        return Split(total, integerWeights);
    }

    public static IReadOnlyList<Money> ByPercentages(Money total, IReadOnlyList<Percentage> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return ByShares(total, weights.Select(weight => weight.ToShare()).ToArray());
    }

    /// <summary>Splits by amounts, e.g. an adjustment spread over budget cells in proportion to their size.</summary>
    public static IReadOnlyList<Money> ByAmounts(Money total, IReadOnlyList<Money> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return ByShares(total, weights.Select(weight => Share.FromDecimal(weight.Abs().Amount)).ToArray());
    }

    /// <summary>Equal parts, the earliest parts taking the odd pennies: £100 over 3 is £33.34, £33.33, £33.33.</summary>
    public static IReadOnlyList<Money> Evenly(Money total, int parts)
    {
        if (parts <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), parts, "An amount must be split into at least one part.");
        }

        var weights = new long[parts];
        Array.Fill(weights, 1L);
        return ByWeights(total, weights);
    }

    /// <summary>
    /// Splits whole minor units by whole-number weights: the fast path the budget engine uses for its cells.
    /// Weights that would overflow 64 bits when added go the exact general way.
    /// </summary>
    internal static long[] SplitUnits(long total, ReadOnlySpan<long> weights)
    {
        var result = new long[weights.Length];
        SplitUnits(total, weights, result);
        return result;
    }

    /// <summary>As <see cref="SplitUnits(long, ReadOnlySpan{long})"/>, writing the parts into <paramref name="result"/>.</summary>
    internal static void SplitUnits(long total, ReadOnlySpan<long> weights, Span<long> result)
    {
        long weightSum = 0;
        var overflow = false;
        foreach (var weight in weights)
        {
            if (weight < 0)
            {
                throw new ArgumentException("Weights cannot be negative.", nameof(weights));
            }

            overflow |= weight > long.MaxValue - weightSum;
            weightSum = overflow ? weightSum : weightSum + weight;
        }

        if (!overflow && weightSum == 0)
        {
            throw new ArgumentException("Weights cannot all be zero.", nameof(weights));
        }

        if (overflow || total == long.MinValue)
        {
            var wide = new BigInteger[weights.Length];
            var sum = BigInteger.Zero;
            for (var i = 0; i < weights.Length; i++)
            {
                wide[i] = weights[i];
                sum += wide[i];
            }

            var wideParts = new BigInteger[weights.Length];
            LargestRemainder.Split<BigInteger, BigIntegerDivision>(BigInteger.Abs(total), wide, sum, wideParts);
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = Math.Sign(total) * (long)wideParts[i];
            }

            return;
        }

        LargestRemainder.Split<long, Int64Division>(Math.Abs(total), weights, weightSum, result);
        if (total < 0)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = -result[i];
            }
        }
    }

    /// <summary>Splits by whole-number weights such as months covered: £100 by 2:1 is £66.67 and £33.33.</summary>
    public static IReadOnlyList<Money> ByWeights(Money total, IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return ByWeights(total, weights is long[] array ? array : weights.ToArray());
    }

    /// <summary>As <see cref="ByWeights(Money, IReadOnlyList{long})"/>, without copying the weights: allocation's inner loop.</summary>
    internal static Money[] ByWeights(Money total, ReadOnlySpan<long> weights)
    {
        RequireWholeMinorUnits(total);
        Span<long> parts = weights.Length <= 16 ? stackalloc long[weights.Length] : new long[weights.Length];
        SplitUnits(total.ToMinorUnits(), weights, parts);
        var result = new Money[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            result[i] = Money.FromMinorUnits(parts[i], total.Currency);
        }

        return result;
    }

    private static void RequireWholeMinorUnits(Money total)
    {
        if (!total.IsWholeMinorUnits)
        {
            throw new ArgumentException($"Only a whole number of minor units can be split exactly; round {total.ToPlainString()} first.", nameof(total));
        }
    }

    private static Money[] Split(Money total, BigInteger[] weights)
    {
        RequireWholeMinorUnits(total);

        if (weights.All(weight => weight.IsZero))
        {
            throw new ArgumentException("Weights cannot all be zero.", nameof(weights));
        }

        var currency = total.Currency;
        var units = new BigInteger(total.MinorUnitCount);
        var sign = units.Sign < 0 ? -1 : 1;
        var result = new Money[weights.Length];

        // Instalments, quarters and most shares fit in 64 bits; Int128 then holds every product exactly and is
        // far faster than BigInteger. Anything larger takes the general path. Both run the same rule.
        if (units >= long.MinValue && units <= long.MaxValue && weights.All(weight => weight <= long.MaxValue))
        {
            var narrow = weights.Select(weight => (long)weight).ToArray();
            var parts = SplitUnits((long)units, narrow);
            for (var i = 0; i < parts.Length; i++)
            {
                result[i] = Money.FromMinorUnits(parts[i], currency);
            }

            return result;
        }

        var wide = new BigInteger[weights.Length];
        var weightSum = BigInteger.Zero;
        foreach (var weight in weights)
        {
            weightSum += weight;
        }

        LargestRemainder.Split<BigInteger, BigIntegerDivision>(BigInteger.Abs(units), weights, weightSum, wide);
        var scale = BigInteger.Pow(10, currency.MinorUnits);
        for (var i = 0; i < wide.Length; i++)
        {
            result[i] = new Money(sign * (decimal)wide[i] / (decimal)scale, currency);
        }

        return result;
    }

    private static BigInteger LeastCommonMultiple(BigInteger a, BigInteger b) =>
        a / BigInteger.GreatestCommonDivisor(a, b) * b;
}
