using System.Globalization;

namespace CareLedger.Domain.Settlement.Rules.Outcomes;

/// <summary>
/// Scores in words. Scores are exact fractions; for reading they are shown as percentages to two decimal places
/// (half away from zero), which is display only: money is always computed from the exact score.
/// </summary>
internal static class ScoreText
{
    private const int DisplayDigits = 2;

    // Enough digits to separate any score from a threshold written in a contract (which has at most a few decimals).
    private const int MostDigits = 12;

    /// <summary>e.g. <c>62.5%</c>, <c>100%</c>, <c>96.97%</c> (for 32/33).</summary>
    public static string Percent(Share score) => Rounded(score, DisplayDigits).ToString();

    /// <summary>The display form, followed by the exact value when rounding changed it: <c>96.97% (32/33)</c>.</summary>
    public static string Exact(Share score)
    {
        var rounded = Rounded(score, DisplayDigits);
        return rounded.ToShare() == score ? rounded.ToString() : $"{rounded} ({score})";
    }

    /// <summary>
    /// The display form beside a threshold, with more digits where two would hide which side of it the score is on
    /// (99.999% against 100% shows as 99.999%, never 100%).
    /// </summary>
    public static string Beside(Share score, Share threshold)
    {
        var reached = score >= threshold;
        for (var digits = DisplayDigits; digits <= MostDigits; digits++)
        {
            var rounded = Rounded(score, digits);
            if (rounded.ToShare() >= threshold == reached)
            {
                return rounded.ToString();
            }
        }

        return score.ToString();
    }

    /// <summary>A number as written in results and terms, without trailing zeros: 13.40 → 13.4.</summary>
    public static string Number(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static Percentage Rounded(Share score, int digits) =>
        Percentage.FromPercent(DisplayRounding.Round(score.ToDecimal() * 100m, digits));
}
