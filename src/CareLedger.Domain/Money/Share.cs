using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace CareLedger.Domain;

/// <summary>
/// An exact proportion of a whole, such as a funding share of two-thirds or an influence share of 25%.
/// Held as a reduced fraction so that shares like 2/3 + 1/3 add to exactly one, which no decimal can do.
/// The default value is zero.
/// </summary>
public readonly struct Share : IEquatable<Share>, IComparable<Share>
{
    private static readonly BigInteger MaxDecimal = new(decimal.MaxValue);

    // Denominator is always positive once constructed; a null denominator means 1 (the default value, zero).
    private readonly BigInteger _numerator;
    private readonly BigInteger? _denominator;

    private Share(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "A share cannot have a zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsZero && !divisor.IsOne)
        {
            numerator /= divisor;
            denominator /= divisor;
        }

        _numerator = numerator;
        _denominator = denominator.IsOne ? null : denominator;
    }

    public static Share Zero => default;

    public static Share Whole => new(BigInteger.One, BigInteger.One);

    public BigInteger Numerator => _numerator;

    public BigInteger Denominator => _denominator ?? BigInteger.One;

    public bool IsZero => _numerator.IsZero;

    public bool IsNegative => _numerator.Sign < 0;

    public static Share FromFraction(BigInteger numerator, BigInteger denominator) => new(numerator, denominator);

    /// <summary>Exact conversion of a decimal: 0.665 becomes 133/200.</summary>
    public static Share FromDecimal(decimal value)
    {
        var exact = new ExactDecimal(value);
        return new Share(exact.Numerator, exact.Denominator);
    }

    /// <summary>Exact conversion of a percent figure: 66.5 becomes 133/200.</summary>
    public static Share FromPercent(decimal percent)
    {
        var exact = new ExactDecimal(percent);
        return new Share(exact.Numerator, exact.Denominator * 100);
    }

    /// <summary>Reads <c>66.5%</c> or an exact fraction <c>2/3</c>.</summary>
    public static bool TryParse(string? text, out Share share)
    {
        share = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (Percentage.TryParse(trimmed, out var percentage))
        {
            share = FromPercent(percentage.Value);
            return true;
        }

        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return false;
        }

        if (!BigInteger.TryParse(trimmed[..slash].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var numerator)
            || !BigInteger.TryParse(trimmed[(slash + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
            || denominator.IsZero)
        {
            return false;
        }

        share = new Share(numerator, denominator);
        return true;
    }

    public static Share Parse(string text) =>
        TryParse(text, out var share) ? share : throw new FormatException($"'{text}' is not a share such as 25% or 2/3.");

    public static Share Sum(IEnumerable<Share> shares)
    {
        var total = Zero;
        foreach (var share in shares)
        {
            total += share;
        }

        return total;
    }

    /// <summary>The share as a decimal fraction, rounded to 28 significant places: for display and comparison only.</summary>
    public decimal ToDecimal() => (decimal)_numerator / (decimal)Denominator;

    /// <summary>The share as a percentage, exact when the share has a terminating decimal form.</summary>
    public Percentage ToPercentage() => Percentage.FromFraction(ToDecimal());

    /// <summary>
    /// This share of an amount, rounded once to the currency's minor unit with the given tie rule.
    /// Computed in exact integer arithmetic on minor units, so 2/3 of £98m is £65,333,333.33.
    /// </summary>
    public Money Of(Money amount, RoundingRule rule)
    {
        var scale = BigInteger.Pow(10, amount.Currency.MinorUnits);
        var exact = new ExactDecimal(amount.Amount);
        var numerator = exact.Numerator * _numerator * scale;
        var denominator = exact.Denominator * Denominator;
        var units = DivideRounded(numerator, denominator, rule);
        return new Money((decimal)units / (decimal)scale, amount.Currency);
    }

    public static Share operator +(Share left, Share right) =>
        new(left._numerator * right.Denominator + right._numerator * left.Denominator, left.Denominator * right.Denominator);

    public static Share operator -(Share left, Share right) =>
        new(left._numerator * right.Denominator - right._numerator * left.Denominator, left.Denominator * right.Denominator);

    public static Share operator *(Share left, Share right) =>
        new(left._numerator * right._numerator, left.Denominator * right.Denominator);

    public static bool operator ==(Share left, Share right) => left.Equals(right);

    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    public static bool operator <(Share left, Share right) => left.CompareTo(right) < 0;

    public static bool operator >(Share left, Share right) => left.CompareTo(right) > 0;

    public static bool operator <=(Share left, Share right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Share left, Share right) => left.CompareTo(right) >= 0;

    public bool Equals(Share other) => _numerator == other._numerator && Denominator == other.Denominator;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Share other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_numerator, Denominator);

    public int CompareTo(Share other) => (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    /// <summary>A percentage when the share has one (<c>66.5%</c>), otherwise the fraction (<c>2/3</c>).</summary>
    public override string ToString()
    {
        var hundredths = _numerator * 100;
        var denominator = Denominator;
        // Terminating decimal iff the denominator has no prime factors other than 2 and 5.
        var rest = denominator;
        while (rest % 2 == 0)
        {
            rest /= 2;
        }

        while (rest % 5 == 0)
        {
            rest /= 5;
        }

        // A decimal holds at most 28 places and about 7.9 × 10²⁸: when the percentage does not fit (1/2⁶⁶, or a
        // numerator past the decimal range) print the exact fraction rather than a rounded figure or an overflow.
        if (rest.IsOne && denominator <= BigInteger.Pow(10, 20) && BigInteger.Abs(hundredths) <= MaxDecimal)
        {
            var percent = (decimal)hundredths / (decimal)denominator;
            if (FromPercent(percent) == this)
            {
                return Percentage.FromPercent(percent).ToString();
            }
        }

        return _numerator.ToString(CultureInfo.InvariantCulture) + "/" + denominator.ToString(CultureInfo.InvariantCulture);
    }

    internal static BigInteger DivideRounded(BigInteger numerator, BigInteger denominator, RoundingRule rule)
    {
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        if (remainder.IsZero)
        {
            return quotient;
        }

        var sign = (numerator.Sign * denominator.Sign) < 0 ? -1 : 1;
        var twiceRemainder = BigInteger.Abs(remainder) * 2;
        var absDenominator = BigInteger.Abs(denominator);
        var comparison = twiceRemainder.CompareTo(absDenominator);
        var roundAway = comparison > 0
            || (comparison == 0 && (rule == RoundingRule.HalfUp || !quotient.IsEven));
        return roundAway ? quotient + sign : quotient;
    }
}
