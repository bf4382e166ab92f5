using System.Text.RegularExpressions;

namespace CareLedger.Cli.Output;

/// <summary>Recognises numbers written as text, for CSV formula guarding and table alignment.</summary>
internal static partial class NumericText
{
    /// <summary>
    /// A plain number a spreadsheet reads as a number and nothing else: an optional minus, digits (optionally grouped
    /// by commas in threes) and an optional decimal part: <c>-1250.00</c>, <c>1,250.00</c>, <c>42</c>. A leading
    /// <c>+</c> is deliberately not plain: it is one of the characters that start a formula.
    /// </summary>
    public static bool IsPlainNumber(string text) => PlainNumber().IsMatch(text);

    /// <summary>
    /// A figure a reader expects right-aligned: a plain number, optionally signed, with a currency symbol, a percent
    /// sign or a k/m/bn suffix: <c>-£1,250.00</c>, <c>1.8%</c>, <c>£26.5m</c>.
    /// </summary>
    public static bool IsFigure(string text) => Figure().IsMatch(text);

    [GeneratedRegex(@"^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^[+\-−]?[£€$]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:%|k|m|bn)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
