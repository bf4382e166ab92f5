using System.Globalization;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Validation.Bands;

/// <summary>
/// Checks that bands, in the order written, follow on from each other: each ends above where it starts, each starts
/// where the one before ends (no overlap, no gap), and only the last has no upper end. Both the risk/reward bands
/// and the corridor bands follow this shape.
/// </summary>
internal static class BandContinuity
{
    /// <param name="show">Writes a boundary as the author would: <c>£500,000.00</c> or <c>2%</c>.</param>
    public static IEnumerable<BandIssue> Check(IReadOnlyList<BandSpan> bands, Func<decimal, string> show)
    {
        for (var index = 0; index < bands.Count; index++)
        {
            var band = bands[index];
            var number = Number(index);
            if (band.To is { } to && to <= band.From)
            {
                yield return new BandIssue(band, "to", DiagnosticCodes.BandsOverlap,
                    $"band {number} runs from {show(band.From)} to {show(to)}: a band must end above where it starts, so correct one of them");
            }

            if (band.To is null && index < bands.Count - 1)
            {
                yield return new BandIssue(band, "from", DiagnosticCodes.BandsOverlap,
                    $"band {number} from {show(band.From)} has no upper end but is not the last, so it overlaps every band after it; give it a 'to' or move it to the end");
            }

            if (index == 0 || bands[index - 1].To is not { } previousEnd)
            {
                continue;
            }

            var previous = Number(index - 1);
            if (band.From < previousEnd)
            {
                yield return new BandIssue(band, "from", DiagnosticCodes.BandsOverlap,
                    $"band {number} starts at {show(band.From)}, inside band {previous} (which ends at {show(previousEnd)}), so the bands overlap; start band {number} at {show(previousEnd)}");
            }
            else if (band.From > previousEnd)
            {
                yield return new BandIssue(band, "from", DiagnosticCodes.BandsGap,
                    $"band {number} starts at {show(band.From)} but band {previous} ends at {show(previousEnd)}, leaving a gap between them that no band covers; start band {number} at {show(previousEnd)}");
            }
        }
    }

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
