namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// How an item's variance was shared: the band slices, each party's share after caps, and what stays with the party
/// that bears the variance. Invariant: Σ <see cref="ParticipantShare.Moves"/> + <see cref="StaysWithFallsOn"/> =
/// the variance's magnitude, to the penny.
/// </summary>
/// <param name="Unbanded">Variance no band covers (a gap, or beyond a closed top band) or that a band names nobody to share with.</param>
/// <param name="OwnShare">The share of the party that bears the variance, from the bands: it moves nowhere.</param>
/// <param name="CappedExcess">Σ what caps kept other participants from bearing.</param>
/// <param name="Notes">Caps that could not apply, for the settlement's notes.</param>
internal sealed record ShareOutcome(
    IReadOnlyList<BandSlice> Slices,
    IReadOnlyList<ParticipantShare> Participants,
    Money Unbanded,
    Money OwnShare,
    Money CappedExcess,
    IReadOnlyList<SettlementNote> Notes)
{
    public Money StaysWithFallsOn => Unbanded + OwnShare + CappedExcess;

    public Money Moved(Currency currency) => Money.Sum(Participants.Select(participant => participant.Moves), currency);
}
