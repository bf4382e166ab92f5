using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CareLedger.Domain;

/// <summary>
/// An exact amount of money in one currency. Arithmetic is exact <see cref="decimal"/> arithmetic; nothing is
/// rounded until a caller asks for it with <see cref="Round"/>, so every rounding happens at a named point.
/// Mixing currencies is a programming error and throws. The default value is £0.00.
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    public Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public Currency Currency { get; }

    public static Money Zero(Currency currency) => new(0m, currency);

    public static Money Gbp(decimal amount) => new(amount, Currency.Gbp);

    /// <summary>An amount given in the currency's smallest unit: 2517500000 pence is £25,175,000.00.</summary>
    public static Money FromMinorUnits(long units, Currency currency)
    {
        // Built from its parts rather than divided: decimal division is slow and this sits in every budget loop.
        var magnitude = units == long.MinValue ? 1UL << 63 : (ulong)Math.Abs(units);
        // The low and high 32 bits of the magnitude; truncation is the point here, so unchecked.
        var low = unchecked((int)(uint)magnitude);
        var middle = unchecked((int)(uint)(magnitude >> 32));
        var amount = new decimal(low, middle, 0, units < 0, (byte)currency.MinorUnits);
        return new Money(amount, currency);
    }

    /// <summary>The amount in whole minor units. Throws if it has not been rounded: a caller bug, not a data problem.</summary>
    public long ToMinorUnits()
    {
        var units = MinorUnitCount;
        if (decimal.Truncate(units) != units)
        {
            throw new InvalidOperationException($"{ToPlainString()} is not a whole number of minor units; round it first.");
        }

        return (long)units;
    }

    public bool IsZero => Amount == 0m;

    public bool IsNegative => Amount < 0m;

    /// <summary>The amount counted in the currency's smallest unit; only meaningful when <see cref="IsWholeMinorUnits"/>.</summary>
    public decimal MinorUnitCount => Amount * Currency.MinorUnitScale;

    /// <summary>True when the amount is a whole number of pence (or cents): nothing left to round.</summary>
    public bool IsWholeMinorUnits => decimal.Truncate(MinorUnitCount) == MinorUnitCount;

    /// <summary>Rounds to the currency's minor unit with the given tie rule.</summary>
    public Money Round(RoundingRule rule) =>
        new(decimal.Round(Amount, Currency.MinorUnits, rule.ToMidpointRounding()), Currency);

    public Money Abs() => new(Math.Abs(Amount), Currency);

    public Money Negate() => new(-Amount, Currency);

    public static Money Min(Money a, Money b) => a.CompareTo(b) <= 0 ? a : b;

    public static Money Max(Money a, Money b) => a.CompareTo(b) >= 0 ? a : b;

    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        var total = Zero(currency);
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    public static Money operator +(Money left, Money right)
    {
        RequireSameCurrency(left, right);
        return new Money(left.Amount + right.Amount, left.Currency);
    }

    public static Money operator -(Money left, Money right)
    {
        RequireSameCurrency(left, right);
        return new Money(left.Amount - right.Amount, left.Currency);
    }

    public static Money operator -(Money value) => value.Negate();

    public static Money operator *(Money money, decimal factor) => new(money.Amount * factor, money.Currency);

    public static Money operator *(decimal factor, Money money) => money * factor;

    public static Money operator *(Money money, Percentage rate) => new(money.Amount * rate.Fraction, money.Currency);

    /// <summary>The ratio of two amounts in the same currency, e.g. a surplus as a share of the plan.</summary>
    public static decimal operator /(Money numerator, Money denominator)
    {
        RequireSameCurrency(numerator, denominator);
        return numerator.Amount / denominator.Amount;
    }

    public static bool operator ==(Money left, Money right) => left.Equals(right);

    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Equal when currency and value agree; 1.5 and 1.50 are the same amount.</summary>
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Currency, Amount);

    public int CompareTo(Money other)
    {
        RequireSameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>
    /// The amount as a plain invariant number with at least the currency's minor digits and no grouping,
    /// e.g. <c>25175000.00</c>: the form used in JSON and CSV. More digits appear only if the amount has them,
    /// so an unrounded value is never silently rounded by formatting.
    /// </summary>
    public string ToPlainString()
    {
        var digits = Math.Max(Currency.MinorUnits, Scale(Amount));
        return Amount.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Readable form with symbol and thousands separators, e.g. <c>£26,500,000.00</c> or <c>-£1.50</c>.</summary>
    public override string ToString()
    {
        var digits = Math.Max(Currency.MinorUnits, Scale(Amount));
        var number = Math.Abs(Amount).ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return (Amount < 0 ? "-" : string.Empty) + Currency.Symbol + number;
    }

    // Dividing by 1.000…0 drops trailing zeros, leaving the digits the value really has.
    private static int Scale(decimal value) => (value / 1.0000000000000000000000000000m).Scale;

    private static void RequireSameCurrency(Money left, Money right)
    {
        if (left.Currency != right.Currency)
        {
            throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency} amounts.");
        }
    }
}
