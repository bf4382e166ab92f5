using CareLedger.Domain.RiskReward;

namespace CareLedger.Specs.Validation.References;

/// <summary>One side of a risk/reward item with the word the spec uses for it, <c>gain</c> or <c>loss</c>.</summary>
internal sealed record ItemSide(string Name, SharingSide Side)
{
    public static IEnumerable<ItemSide> Of(RiskRewardItem item) => [new("gain", item.Gain), new("loss", item.Loss)];

    /// <summary>
    /// The shares a band states itself. A band written without shares is given the participants' own share
    /// records; those are checked once, as participants, so a problem in them is not reported again per band.
    /// </summary>
    public static IReadOnlyList<PartyShare> OwnShares(RiskRewardItem item, SharingBand band)
    {
        var inherited = band.Shares.Count == item.Participants.Count
            && band.Shares.Count > 0
            && band.Shares.Zip(item.Participants).All(pair => ReferenceEquals(pair.First, pair.Second));
        return inherited ? [] : band.Shares;
    }
}
