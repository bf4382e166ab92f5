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

    [GeneratedRegex(@"^(?<sign>[-+]?)(?<whole>[0-9][0-9,]*)?(?:\.(?<fraction>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedPattern();
}
