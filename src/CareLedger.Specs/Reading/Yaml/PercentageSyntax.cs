using System.Globalization;
using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Reads a percentage (<c>1.8%</c>, <c>-2%</c>). The <c>%</c> is required: a bare <c>1.8</c> could mean 1.8% or
/// 180%, so it is a unit error rather than a guess.
/// </summary>
internal static class PercentageSyntax
{
    public static ParseOutcome<Percentage> Parse(string text)
    {
        var trimmed = text.Trim();
        if (Percentage.TryParse(trimmed, out var percentage))
        {
            return ParseOutcome<Percentage>.Success(percentage);
        }

        if (DigitGroups.TryRead(trimmed, out var bare) == DigitGroups.Outcome.Read)
        {
            return ParseOutcome<Percentage>.Failure(DiagnosticCodes.WrongUnit, NeedsUnit(trimmed, bare));
        }

        if (LooksLikeAmount(trimmed))
        {
            return ParseOutcome<Percentage>.Failure(
                DiagnosticCodes.WrongUnit,
                $"'{trimmed}' is an amount; a percentage such as 1.8% is needed here.");
        }

        return ParseOutcome<Percentage>.Failure(DiagnosticCodes.WrongType, $"'{trimmed}' is not a percentage; write it like 1.8% or -2%.");
    }

    /// <summary>The unit message for a bare number, naming both readings so the author sees the ambiguity.</summary>
    public static string NeedsUnit(string written, decimal value) =>
        $"'{written}' needs a unit: write {written}% (a bare number could mean {written}% or "
        + $"{Normalise(value * 100m).ToString(CultureInfo.InvariantCulture)}%)";

    /// <summary>A currency symbol or a k/m/bn suffix: clearly money, so the problem is the unit, not the format.</summary>
    public static bool LooksLikeAmount(string text) =>
        AmountSyntax.Parse(text, Currency.Gbp).Succeeded
        || AmountSyntax.Parse(text, Currency.Eur).Succeeded
        || AmountSyntax.Parse(text, Currency.Usd).Succeeded;

    private static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
