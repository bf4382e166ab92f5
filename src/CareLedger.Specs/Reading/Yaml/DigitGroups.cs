using System.Globalization;
using System.Text.RegularExpressions;

namespace CareLedger.Specs.Reading.Yaml;

/// <summary>
/// Reads the digits of a written number exactly as <see cref="decimal"/>: an optional sign, digits with commas
/// (which must group thousands), and an optional decimal part. Never via <see cref="double"/>.
/// </summary>
internal static partial class DigitGroups
{
    public enum Outcome
    {
        Read,
        NotANumber,
        BadGrouping,
        TooLarge,
    }

    public static Outcome TryRead(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryReadPlainDigits(text, out value))
        {
            return Outcome.Read;
        }

        value = 0m;
        var match = NumberPattern().Match(text);
        if (!match.Success || (match.Groups["whole"].Length == 0 && match.Groups["fraction"].Length == 0))
        {
            return Outcome.NotANumber;
        }

        var whole = match.Groups["whole"].Value;
        if (whole.Contains(',', StringComparison.Ordinal) && !GroupedPattern().IsMatch(whole))
        {
            return Outcome.BadGrouping;
        }

        var plain = match.Groups["sign"].Value + (whole.Length == 0 ? "0" : whole.Replace(",", string.Empty, StringComparison.Ordinal))
            + (match.Groups["fraction"].Length > 0 ? "." + match.Groups["fraction"].Value : string.Empty);
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? Outcome.Read
            : Outcome.TooLarge;
    }

    /// <summary>
    /// Most numbers in a table of actuals are a few plain digits (units: 120), read here without the pattern: the same
    /// decimal the pattern and <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/>
    /// give (scale 0), at a tenth of the cost over a million rows. Eighteen digits always fit a long.
    /// </summary>
    private static bool TryReadPlainDigits(string text, out decimal value)
    {
        value = 0m;
        if (text.Length is 0 or > 18)
        {
            return false;
        }

        long whole = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            whole = (whole * 10) + (c - '0');
        }

        value = whole;
        return true;
    }

    [GeneratedRegex(@"^(?<sign>[-+]?)(?<whole>[0-9][0-9,]*)?(?:\.(?<fraction>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedPattern();
}
