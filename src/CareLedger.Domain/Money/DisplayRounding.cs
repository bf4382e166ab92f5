namespace CareLedger.Domain;

/// <summary>
/// The one rounding for figures shown to a reader but never paid: a percentage in an explanation, a ratio to six
/// places, a price per head shown beside the exact sum. Halves go away from zero (0.125 → 0.13, 0.135 → 0.14,
/// −0.125 → −0.13) whatever the contract's tie rule, so the same ratio reads the same in every contract and never
/// depends on whether its last digit happens to be even.
/// </summary>
/// <remarks>
/// Money is never rounded here: amounts are rounded only by <see cref="Money.Round"/> with the contract's
/// <see cref="RoundingRule"/>, at named points. A figure rounded here is for display and is never used in a sum.
/// </remarks>
public static class DisplayRounding
{
    /// <summary>The tie rule for every displayed figure.</summary>
    public const MidpointRounding Midpoint = MidpointRounding.AwayFromZero;

    /// <summary>The value to <paramref name="decimals"/> places, halves away from zero.</summary>
    public static decimal Round(decimal value, int decimals) => decimal.Round(value, decimals, Midpoint);
}
