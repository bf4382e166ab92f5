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

            commonDenominator = LeastCommonMultiple(commonDenominator, weight.Denominator);
        }

        var integerWeights = new BigInteger[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            integerWeights[i] = weights[i].Numerator * (commonDenominator / weights[i].Denominator);
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

        var weights = new BigInteger[parts];
        Array.Fill(weights, BigInteger.One);
        return Split(total, weights);
    }

    /// <summary>Splits whole minor units by whole-unit weights: the fast path the budget engine uses for its cells.</summary>
    internal static long[] SplitUnits(long total, ReadOnlySpan<long> weights)
    {
        var sign = Math.Sign(total);
        var wide = new Int128[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentException("Weights cannot be negative.", nameof(weights));
            }

            wide[i] = weights[i];
        }

        if (wide.All(weight => weight == Int128.Zero))
        {
            throw new ArgumentException("Weights cannot all be zero.", nameof(weights));
        }

        var parts = new Int128[weights.Length];
        LargestRemainder.Split<Int128>(Math.Abs(total), wide, parts);
        var result = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            result[i] = sign * (long)parts[i];
        }

        return result;
    }

    private static Money[] Split(Money total, BigInteger[] weights)
    {
        if (!total.IsWholeMinorUnits)
        {
            throw new ArgumentException($"Only a whole number of minor units can be split exactly; round {total.ToPlainString()} first.", nameof(total));
        }

        if (weights.All(weight => weight.IsZero))
        {
            throw new ArgumentException("Weights cannot all be zero.", nameof(weights));
        }

        var currency = total.Currency;
        var scale = BigInteger.Pow(10, currency.MinorUnits);
        var units = new BigInteger(total.MinorUnitCount);
        var sign = units.Sign < 0 ? -1 : 1;
        var parts = new BigInteger[weights.Length];
        LargestRemainder.Split<BigInteger>(BigInteger.Abs(units), weights, parts);

        var result = new Money[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            result[i] = new Money(sign * (decimal)parts[i] / (decimal)scale, currency);
        }

        return result;
    }

    private static BigInteger LeastCommonMultiple(BigInteger a, BigInteger b) =>
        a / BigInteger.GreatestCommonDivisor(a, b) * b;
}
