using System.Text.RegularExpressions;

namespace CareLedger.Cli.Output;

/// <summary>Recognises figures written as text, for table alignment.</summary>
internal static partial class NumericText
{
    /// <summary>
    /// A figure a reader expects right-aligned: a plain number, optionally signed, with a currency symbol, a percent
    /// sign or a k/m/bn suffix: <c>-£1,250.00</c>, <c>1.8%</c>, <c>£26.5m</c>.
    /// </summary>
    public static bool IsFigure(string text) => Figure().IsMatch(text);

    [GeneratedRegex(@"^[+\-−]?[£€$]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:%|k|m|bn)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
