using CareLedger.Domain;

namespace CareLedger.Specs.Validation;

/// <summary>
/// Sums shares exactly and words a total that is not 100%: thirds written as rounded percentages are the usual
/// cause, so the message says how to write them.
/// </summary>
internal static class ShareTotal
{
    public static Share Of(IEnumerable<Share> shares) => Share.Sum(shares);

    /// <summary><c>total 99.99% ('a' 66.66%, 'b' 33.33%), not 100%</c>.</summary>
    public static string Describe(Share total, IEnumerable<(string Label, Share Share)> parts) =>
        $"total {Wording.Share(total)} ({string.Join(", ", parts.Select(part => $"{part.Label} {Wording.Share(part.Share)}"))}), not 100%";

    /// <summary>
    /// The fix: make them add to exactly 100%, and — when the total misses by less than a tenth of a percent, the
    /// mark of rounded thirds or sixths — write such shares as fractions.
    /// </summary>
    public static string Fix(Share total)
    {
        var miss = total - Share.Whole;
        var nearMiss = miss.IsNegative ? Share.Zero - miss : miss;
        return nearMiss < Share.FromFraction(1, 1000)
            ? "make them add to exactly 100%: a share that does not divide evenly is exact only as a fraction (write 1/3 three times, not 33.33%, which adds to 99.99%)"
            : "make them add to exactly 100%";
    }
}
