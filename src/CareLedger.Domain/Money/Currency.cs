using System.Diagnostics.CodeAnalysis;

namespace CareLedger.Domain;

/// <summary>
/// An active ISO 4217 currency, with the minor unit ISO gives it (2 for pence, 0 for yen, 3 for fils). Only codes in
/// ISO's list can be built, so a typo or a withdrawn currency is caught where a contract names it. The default value
/// is pounds sterling, so <c>default(Money)</c> is £0.00.
/// </summary>
public readonly struct Currency : IEquatable<Currency>
{
    private static readonly Currency EurValue = Parse("EUR");
    private static readonly Currency UsdValue = Parse("USD");

    // The place in the ISO table, counted from GBP's place so that default(Currency), zero, is GBP.
    private readonly short _offset;

    private Currency(int index) => _offset = (short)(index - Iso4217.GbpIndex);

    public static Currency Gbp => default;

    public static Currency Eur => EurValue;

    public static Currency Usd => UsdValue;

    /// <summary>Every currency that can be built, in code order.</summary>
    public static IReadOnlyList<Currency> All { get; } = Enumerable.Range(0, Iso4217.Count).Select(index => new Currency(index)).ToArray();

    /// <summary>The three-letter ISO code, e.g. <c>GBP</c>.</summary>
    public string Code => Iso4217.CodeAt(Index);

    /// <summary>Digits after the decimal point in the smallest coin, as ISO 4217 gives them: 2 for pence, 0 for yen.</summary>
    public int MinorUnits => Iso4217.MinorUnitsAt(Index);

    /// <summary>Minor units in one major unit: 100 pence in a pound.</summary>
    public decimal MinorUnitScale => Iso4217.ScaleAt(Index);

    /// <summary>The symbol used in readable output; codes without a common symbol print as the code.</summary>
    public string Symbol =>
        this == Gbp ? "£"
        : this == Eur ? "€"
        : this == Usd ? "$"
        : Code + " ";

    private int Index => _offset + Iso4217.GbpIndex;

    /// <summary>Reads an active ISO 4217 code written in capitals, e.g. <c>GBP</c>; anything else is not a currency.</summary>
    public static bool TryParse(string? text, out Currency currency)
    {
        currency = default;
        var index = text is null ? -1 : Iso4217.IndexOf(text);
        if (index < 0)
        {
            return false;
        }

        currency = new Currency(index);
        return true;
    }

    public static Currency Parse(string text) =>
        TryParse(text, out var currency)
            ? currency
            : throw new FormatException($"'{text}' is not an active ISO 4217 currency code such as GBP, EUR or USD.");

    public bool Equals(Currency other) => _offset == other._offset;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Currency other && Equals(other);

    public override int GetHashCode() => _offset;

    public override string ToString() => Code;

    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);
}
