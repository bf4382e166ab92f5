using System.Diagnostics.CodeAnalysis;

namespace CareLedger.Domain;

/// <summary>
/// A figure a contract states either as money or as a percentage of a base it names: a cap of £2m or of 5% of the
/// planned value, a shift of £500k or of 1% of the source cells. It is always exactly one of the two; there is no
/// way to build both or neither. The default value is an amount of £0.00.
/// </summary>
public readonly struct AmountOrRate : IEquatable<AmountOrRate>
{
    // A rate is present exactly when this is a rate; the amount is then left at its default and never read.
    private readonly Money _amount;
    private readonly Percentage? _rate;

    private AmountOrRate(Money amount, Percentage? rate)
    {
        _amount = amount;
        _rate = rate;
    }

    public static AmountOrRate Of(Money amount) => new(amount, null);

    public static AmountOrRate Of(Percentage rate) => new(default, rate);

    public bool IsRate => _rate is not null;

    /// <summary>The amount when this is one; null when it is a rate.</summary>
    public Money? Amount => IsRate ? null : _amount;

    /// <summary>The rate when this is one; null when it is an amount.</summary>
    public Percentage? Rate => _rate;

    /// <summary>Calls the function for whichever of the two this is.</summary>
    public T Match<T>(Func<Money, T> amount, Func<Percentage, T> rate) =>
        _rate is { } value ? rate(value) : amount(_amount);

    /// <summary>
    /// The figure in money against a base: the amount as stated, or the rate × the base rounded to the base's minor
    /// unit with the given tie rule. This is a named rounding point.
    /// </summary>
    public Money Resolve(Money basis, RoundingRule rounding) =>
        _rate is { } rate ? (basis * rate).Round(rounding) : _amount;

    /// <summary>Equal when both are amounts that are equal, or both are rates that are equal; an amount never equals a rate.</summary>
    public bool Equals(AmountOrRate other) =>
        _rate is { } rate ? other._rate == rate : other._rate is null && _amount == other._amount;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AmountOrRate other && Equals(other);

    public override int GetHashCode() => _rate is { } rate ? HashCode.Combine(1, rate) : HashCode.Combine(0, _amount);

    /// <summary>e.g. <c>£2,000,000.00</c> or <c>5%</c>.</summary>
    public override string ToString() => _rate is { } rate ? rate.ToString() : _amount.ToString();

    public static bool operator ==(AmountOrRate left, AmountOrRate right) => left.Equals(right);

    public static bool operator !=(AmountOrRate left, AmountOrRate right) => !left.Equals(right);
}
