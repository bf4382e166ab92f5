using System.Diagnostics.CodeAnalysis;

namespace CareLedger.Domain;

/// <summary>
/// An ISO 4217 currency. The default value is pounds sterling, so <c>default(Money)</c> is £0.00.
/// </summary>
public readonly struct Currency : IEquatable<Currency>
{
    // Null stands for GBP so that default(Currency) is a usable value rather than a trap.
    private readonly string? _code;

    private Currency(string code) => _code = code == "GBP" ? null : code;

    public static Currency Gbp => default;

    public static Currency Eur => new("EUR");

    public static Currency Usd => new("USD");

    /// <summary>The three-letter ISO code, e.g. <c>GBP</c>.</summary>
    public string Code => _code ?? "GBP";

    /// <summary>Digits after the decimal point in the smallest coin: 2 for pence and cents, 0 for yen.</summary>
    public int MinorUnits => Code switch
    {
        "JPY" or "KRW" or "ISK" => 0,
        "BHD" or "KWD" or "OMR" or "JOD" or "TND" => 3,
        _ => 2,
    };

    /// <summary>Minor units in one major unit: 100 pence in a pound.</summary>
    public decimal MinorUnitScale => MinorUnits switch
    {
        0 => 1m,
        2 => 100m,
        _ => 1000m,
    };

    /// <summary>The symbol used in readable output; codes without a common symbol print as the code.</summary>
    public string Symbol => Code switch
    {
        "GBP" => "£",
        "EUR" => "€",
        "USD" => "$",
        _ => Code + " ",
    };

    public static bool TryParse(string? text, out Currency currency)
    {
        currency = default;
        if (text is null || text.Length != 3 || !text.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        currency = new Currency(text);
        return true;
    }

    public static Currency Parse(string text) =>
        TryParse(text, out var currency)
            ? currency
            : throw new FormatException($"'{text}' is not a currency code; use three capital letters such as GBP.");

    public bool Equals(Currency other) => Code == other.Code;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Currency other && Equals(other);

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Code;

    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);
}
