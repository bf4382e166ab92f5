using System.Globalization;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>Reads plain numbers (a metric's baseline, a population size) and yes/no answers.</summary>
internal static class NumberSyntax
{
    public static ParseOutcome<decimal> Decimal(string text)
    {
        var trimmed = text.Trim();
        switch (DigitGroups.TryRead(trimmed, out var value))
        {
            case DigitGroups.Outcome.Read:
                return ParseOutcome<decimal>.Success(value);
            case DigitGroups.Outcome.BadGrouping:
                return ParseOutcome<decimal>.Failure(DiagnosticCodes.WrongType, $"'{trimmed}' has commas that do not group thousands; write 150,000 or 150000.");
            case DigitGroups.Outcome.TooLarge:
                return ParseOutcome<decimal>.Failure(DiagnosticCodes.WrongType, $"'{trimmed}' is too large a number.");
        }

        if (trimmed.EndsWith('%'))
        {
            return ParseOutcome<decimal>.Failure(DiagnosticCodes.WrongUnit, $"'{trimmed}' is a percentage; a plain number is needed here.");
        }

        if (PercentageSyntax.LooksLikeAmount(trimmed))
        {
            return ParseOutcome<decimal>.Failure(DiagnosticCodes.WrongUnit, $"'{trimmed}' is an amount; a plain number is needed here.");
        }

        return ParseOutcome<decimal>.Failure(DiagnosticCodes.WrongType, $"'{trimmed}' is not a number.");
    }

    public static ParseOutcome<int> WholeNumber(string text)
    {
        var read = Decimal(text);
        if (!read.Succeeded)
        {
            return ParseOutcome<int>.Failure(read.Code!, read.Message!);
        }

        if (decimal.Truncate(read.Value) != read.Value || read.Value is < int.MinValue or > int.MaxValue)
        {
            return ParseOutcome<int>.Failure(DiagnosticCodes.WrongType, $"'{text.Trim()}' is not a whole number.");
        }

        return ParseOutcome<int>.Success(decimal.ToInt32(read.Value));
    }

    /// <summary><c>yes</c>, <c>no</c>, <c>true</c> or <c>false</c>, in any case; nothing else (YAML 1.1's <c>on</c>/<c>y</c> are not accepted).</summary>
    public static ParseOutcome<bool> YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "true" => ParseOutcome<bool>.Success(true),
        "no" or "false" => ParseOutcome<bool>.Success(false),
        _ => ParseOutcome<bool>.Failure(DiagnosticCodes.WrongType, $"'{text.Trim()}' is not yes or no; write yes, no, true or false."),
    };

    public static string Format(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
