using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CareLedger.Domain;

/// <summary>
/// A rate written as a percentage, such as an inflation uplift of 1.3% or a management fee of 2.5%.
/// Held as the percent figure itself (1.3 for 1.3%) so that what a contract says is what is stored.
/// The default value is 0%.
/// </summary>
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>
{
    private Percentage(decimal value) => Value = value;

    public static Percentage Zero => default;

    public static Percentage Hundred => new(100m);

    /// <summary>The percent figure: 1.3 means 1.3%.</summary>
    public decimal Value { get; }

    /// <summary>The rate as a fraction: 1.3% is 0.013. Exact, since dividing a decimal by 100 only moves the point.</summary>
    public decimal Fraction => Value / 100m;

    public static Percentage FromPercent(decimal value) => new(value);

    public static Percentage FromFraction(decimal fraction) => new(fraction * 100m);

    /// <summary>The same percentage as an exact share, for splitting money.</summary>
    public Share ToShare() => Share.FromPercent(Value);

    /// <summary>
    /// Reads <c>1.3%</c> or <c>-2%</c>. The percent sign is required so that <c>1.8</c> is never mistaken for 1.8%
    /// (or for 180%).
    /// </summary>
    public static bool TryParse(string? text, out Percentage percentage)
    {
        percentage = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (!trimmed.EndsWith('%'))
        {
            return false;
        }

        if (!decimal.TryParse(trimmed[..^1].Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        percentage = new Percentage(value);
        return true;
    }

    public static Percentage Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a percentage such as 1.8%.");

    public static Percentage operator +(Percentage left, Percentage right) => new(left.Value + right.Value);

    public static Percentage operator -(Percentage left, Percentage right) => new(left.Value - right.Value);

    public static Percentage operator -(Percentage value) => new(-value.Value);

    public static Percentage operator *(Percentage left, decimal factor) => new(left.Value * factor);

    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    public static bool operator <(Percentage left, Percentage right) => left.Value < right.Value;

    public static bool operator >(Percentage left, Percentage right) => left.Value > right.Value;

    public static bool operator <=(Percentage left, Percentage right) => left.Value <= right.Value;

    public static bool operator >=(Percentage left, Percentage right) => left.Value >= right.Value;

    public bool Equals(Percentage other) => Value == other.Value;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Percentage other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();

    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <summary>e.g. <c>1.8%</c>, <c>100%</c>, <c>-2.5%</c>: trailing zeros dropped.</summary>
    public override string ToString() =>
        (Value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) + "%";
}
