using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// Cuts a variance's magnitude into the side's bands and splits each slice among the band's shares.
/// </summary>
/// <remarks>
/// <para>A band [from, to) takes the part of the magnitude between its edges: max(0, min(magnitude, to) − from).
/// Edges are money, or for <see cref="BandUnit.PercentOfPlan"/> a percentage of the plan converted to money and
/// <b>rounded to the penny with the contract's tie rule</b> — the one rounding point here — so every slice is a
/// whole number of pennies: 5% of £25,175,000.00 is £1,258,750.00.</para>
/// <para>Each slice is split by the band's shares (the participants' influence shares when the band states none)
/// with the largest-remainder rule, so the parts add to the slice exactly. Shares are weights: the contract
/// validator requires them to total 100%.</para>
/// <para>Bands are taken in order of their lower edge and never count a pound twice: a band that overlaps the one
/// below starts where that one ended. Variance in a gap, beyond a closed top band, or in a band that names nobody
/// to share with is not sliced out to anyone: it stays with the party that bears the variance.</para>
/// </remarks>
internal static class BandSlicer
{
    public static IReadOnlyList<BandSlice> Slice(
        SharingSide side,
        Money magnitude,
        Money plan,
        IReadOnlyList<PartyShare> participants,
        RoundingRule rounding)
    {
        var zero = Money.Zero(magnitude.Currency);
        var slices = new List<BandSlice>();
        var covered = zero;
        foreach (var band in side.Bands.OrderBy(band => band.From))
        {
            var from = Edge(band.From, side.Unit, plan, rounding);
            var lower = Money.Max(from, covered);
            Money? upper = band.To is { } to ? Edge(to, side.Unit, plan, rounding) : null;
            var top = upper is { } end ? Money.Min(magnitude, end) : magnitude;
            var amount = Money.Max(top - lower, zero);
            covered = upper is { } bandEnd ? Money.Max(covered, bandEnd) : Money.Max(lower, magnitude);
            var shares = band.Shares.Count > 0 ? band.Shares : participants;
            slices.Add(new BandSlice(band, side.Unit, from, lower, upper, amount, Split(amount, shares)));
        }

        return slices;
    }

    /// <summary>A band edge in money: the amount as written, or the percentage of the plan rounded to the penny.</summary>
    public static Money Edge(decimal edge, BandUnit unit, Money plan, RoundingRule rounding) => unit switch
    {
        BandUnit.Money => new Money(edge, plan.Currency).Round(rounding),
        BandUnit.PercentOfPlan => (plan * Percentage.FromPercent(edge)).Round(rounding),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown band unit."),
    };

    private static SlicePart[] Split(Money amount, IReadOnlyList<PartyShare> shares)
    {
        if (shares.Count == 0 || shares.All(share => share.Share.IsZero))
        {
            return [];
        }

        var parts = Apportionment.ByShares(amount, shares.Select(share => share.Share).ToArray());
        return shares.Select((share, i) => new SlicePart(share.Party, share.Share, parts[i], share)).ToArray();
    }
}
