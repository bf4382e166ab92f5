using System.Numerics;

namespace CareLedger.Domain;

/// <summary>
/// The words a statement line needs when the largest-remainder rule, not the contract's rounding, set its last penny:
/// <c>£382,580.625 split by the largest-remainder rule; the odd penny went to Circle</c>. A reader checks a share by
/// taking share × whole and rounding it with the contract's tie rule; where <see cref="Apportionment"/> gave a
/// different penny (so that the parts add back to the whole), the line says so rather than look wrong.
/// </summary>
public static class OddPenny
{
    /// <summary>
    /// The clause for part <paramref name="index"/> of <paramref name="total"/> split by <paramref name="weights"/>
    /// into <paramref name="parts"/> (as <see cref="Apportionment.ByShares"/> split it), or null when the part is
    /// what the tie rule gives its exact share. <paramref name="names"/> says who received each part.
    /// </summary>
    public static string? Clause(Money total, IReadOnlyList<Share> weights, IReadOnlyList<Money> parts, IReadOnlyList<string> names, int index, RoundingRule rounding)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(names);
        if (weights.Count != parts.Count || names.Count != parts.Count || index < 0 || index >= parts.Count)
        {
            throw new ArgumentException("A split needs one weight, one part and one name for each part, and the index of one of them.", nameof(index));
        }

        var sum = Share.Sum(weights);
        if (sum.IsZero || sum.IsNegative)
        {
            return null;
        }

        var perWhole = Share.FromFraction(sum.Denominator, sum.Numerator);
        if ((weights[index] * perWhole).Of(total, rounding) == parts[index])
        {
            return null;
        }

        var whole = Share.FromDecimal(total.Amount);
        Share ExactOf(int i) => whole * weights[i] * perWhole;

        // A part took an odd penny when it is further from zero than its exact share.
        var receivers = Enumerable.Range(0, parts.Count)
            .Where(i => Share.FromDecimal(Math.Abs(parts[i].Amount)) > Abs(ExactOf(i)))
            .Select(i => names[i])
            .ToArray();
        var pennies = receivers.Length == 1 ? "the odd penny" : "the odd pennies";
        var who = receivers.Length switch
        {
            0 => "no part",
            1 => receivers[0],
            2 => $"{receivers[0]} and {receivers[1]}",
            _ => $"{receivers[0]} and {receivers.Length - 1} others",
        };
        return $"{Show(ExactOf(index), total.Currency)} split by the largest-remainder rule; {pennies} went to {who}";
    }

    /// <summary>An exact share of money: every digit when it has at most six decimals, else four and an ellipsis.</summary>
    internal static string Show(Share exact, Currency currency)
    {
        var scale = BigInteger.Pow(10, 6);
        return BigInteger.Remainder(exact.Numerator * scale, exact.Denominator).IsZero
            ? new Money(exact.ToDecimal(), currency).ToString()
            : new Money(DisplayRounding.Round(exact.ToDecimal(), 4), currency).ToString() + "…";
    }

    private static Share Abs(Share share) => share.IsNegative ? Share.Zero - share : share;
}
