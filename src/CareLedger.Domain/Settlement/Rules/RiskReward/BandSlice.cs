using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// The part of a variance that falls inside one band, in money, and how it splits among the band's shares.
/// </summary>
/// <param name="FromEdge">The band's lower edge in money (a percent-of-plan edge converted and rounded).</param>
/// <param name="Lower">Where the slice starts: <see cref="FromEdge"/>, or higher where the band overlaps the one below.</param>
/// <param name="Upper">Where the band ends, in money; null for the open top band.</param>
/// <param name="Amount">The slice: the variance between <see cref="Lower"/> and <see cref="Upper"/>, never negative.</param>
/// <param name="Parts">The slice split by the band's shares; the parts add to <see cref="Amount"/> exactly. Empty when
/// the band names nobody to share with, in which case the slice stays with whoever bears the variance.</param>
internal sealed record BandSlice(SharingBand Band, BandUnit Unit, Money FromEdge, Money Lower, Money? Upper, Money Amount, IReadOnlyList<SlicePart> Parts)
{
    public bool IsShared => Parts.Count > 0;
}
