using System.Globalization;
using System.Text.RegularExpressions;
using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Reads an amount as the spec writes it: <c>26500000</c>, <c>26500000.00</c>, <c>"26,500,000.00"</c>,
/// <c>£26.5m</c>, <c>£860k</c>, <c>£1.2bn</c>, with an optional leading minus. Exact decimal arithmetic throughout;
/// after the suffix is applied the amount may have no more decimals than the currency's minor unit.
/// </summary>
internal static partial class AmountSyntax
{
    public const string Examples = "26500000, 26500000.00, \"26,500,000.00\", £26.5m, £860k or £1.2bn";

    public static ParseOutcome<Money> Parse(string text, Currency currency)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%'))
        {
            return ParseOutcome<Money>.Failure(
                DiagnosticCodes.WrongUnit,
                $"'{trimmed}' is a percentage; an amount such as {currency.Symbol.Trim()}500k or 500000.00 is needed here.");
        }

        var match = AmountPattern().Match(trimmed);
        if (!match.Success || (match.Groups["sign"].Length > 0 && match.Groups["innerSign"].Length > 0))
        {
            return NotAnAmount(trimmed);
        }

        if (match.Groups["symbol"].Success && !SymbolMatches(match.Groups["symbol"].Value, currency))
        {
            return ParseOutcome<Money>.Failure(
                DiagnosticCodes.BadAmount,
                $"'{trimmed}' is written with '{match.Groups["symbol"].Value}' but the contract's currency is {currency.Code}; "
                + $"write {ExampleIn(currency)} or a plain number.");
        }

        var number = match.Groups["sign"].Value + match.Groups["innerSign"].Value + match.Groups["number"].Value;
        switch (DigitGroups.TryRead(number, out var value))
        {
            case DigitGroups.Outcome.BadGrouping:
                return ParseOutcome<Money>.Failure(
                    DiagnosticCodes.BadAmount,
                    $"'{trimmed}' has commas that do not group thousands; write 26,500,000.00 or leave the commas out.");
            case DigitGroups.Outcome.NotANumber:
                return NotAnAmount(trimmed);
            case DigitGroups.Outcome.TooLarge:
                return TooLarge(trimmed);
        }

        var multiplier = Multiplier(match.Groups["suffix"].Value);
        if (Math.Abs(value) > decimal.MaxValue / multiplier)
        {
            return TooLarge(trimmed);
        }

        value *= multiplier;
        var minor = currency.MinorUnits;
        // Truncating to the minor unit changes the value exactly when it has digits beyond it; no tie is involved.
        if (decimal.Round(value, minor, MidpointRounding.ToZero) != value)
        {
            return ParseOutcome<Money>.Failure(
                DiagnosticCodes.BadAmount,
                $"'{trimmed}' has more than {minor.ToString(CultureInfo.InvariantCulture)} decimal places; "
                + $"{currency.Code} amounts are exact to the {MinorUnitName(currency)}.");
        }

        return ParseOutcome<Money>.Success(new Money(AtMinorScale(value, minor), currency));
    }

    private static ParseOutcome<Money> NotAnAmount(string text) =>
        ParseOutcome<Money>.Failure(DiagnosticCodes.BadAmount, $"'{text}' is not an amount; write it like {Examples}.");

    private static ParseOutcome<Money> TooLarge(string text) =>
        ParseOutcome<Money>.Failure(DiagnosticCodes.BadAmount, $"'{text}' is too large to be an amount.");

    private static bool SymbolMatches(string symbol, Currency currency) => symbol switch
    {
        "£" => currency == Currency.Gbp,
        "€" => currency == Currency.Eur,
        "$" => currency == Currency.Usd,
        _ => false,
    };

    private static string ExampleIn(Currency currency) =>
        currency == Currency.Gbp || currency == Currency.Eur || currency == Currency.Usd ? currency.Symbol + "26.5m" : "26500000";

    private static decimal Multiplier(string suffix) => suffix.ToLowerInvariant() switch
    {
        "k" => 1_000m,
        "m" => 1_000_000m,
        "bn" => 1_000_000_000m,
        _ => 1m,
    };

    private static string MinorUnitName(Currency currency) => currency.MinorUnits switch
    {
        0 => "whole unit",
        2 => currency == Currency.Gbp ? "penny" : "cent",
        _ => "thousandth",
    };

    // Every amount carries exactly the currency's minor digits (26500000.00), whatever was written, so equal
    // amounts print alike. Dividing by 1.000…0 strips trailing zeros; adding a zero of the minor scale sets it.
    private static decimal AtMinorScale(decimal value, int minor) =>
        (value / 1.0000000000000000000000000000m) + new decimal(0, 0, 0, false, (byte)minor);

    [GeneratedRegex(@"^(?<sign>-?)(?<symbol>[£€$])?(?<innerSign>-?)(?<number>[0-9.,]+)(?<suffix>k|m|bn|K|M|BN|Bn)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
