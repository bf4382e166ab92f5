using CareLedger.Domain.Parties;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// Shares a measured variance: slices it by the side's bands, adds up each party's parts, applies the caps, and
/// works out what stays with the party that bears the variance. Moves nothing itself; the rule posts the result.
/// </summary>
/// <remarks>
/// What stays with the bearer is built from its parts — variance no band shares out, the bearer's own band shares,
/// and what caps kept from other participants — rather than as "magnitude − moved", so that the invariant
/// Σ moved + stays = magnitude is a real check (made here, and by the property tests), not a definition.
/// </remarks>
internal static class ShareCalculator
{
    public static ShareOutcome Share(MeasuredVariance variance, SettlementContext context)
    {
        var zero = context.Zero;
        var slices = BandSlicer.Slice(variance.SharingSide, variance.Magnitude, variance.Plan, variance.Item.Participants, context.Rounding);

        // Each party's total over the bands, in the order parties first appear (a stable statement order).
        var order = new List<Id<Party>>();
        var gross = new Dictionary<Id<Party>, Money>();
        foreach (var part in slices.SelectMany(slice => slice.Parts))
        {
            if (!gross.TryGetValue(part.Party, out var sum))
            {
                order.Add(part.Party);
                sum = zero;
            }

            gross[part.Party] = sum + part.Amount;
        }

        var notes = new List<SettlementNote>();
        var caps = CapRule.Resolve(variance, context, notes);
        var participants = new List<ParticipantShare>();
        var ownShare = zero;
        var cappedExcess = zero;
        foreach (var party in order)
        {
            var share = gross[party];
            if (party == variance.FallsOn)
            {
                ownShare += share;
                participants.Add(new ParticipantShare(party, true, share, null, zero, zero));
                continue;
            }

            var cap = caps.GetValueOrDefault(party);
            var moves = cap is null ? share : Money.Min(share, cap.Amount);
            cappedExcess += share - moves;
            participants.Add(new ParticipantShare(party, false, share, cap, moves, share - moves));
        }

        var unbanded = variance.Magnitude - Money.Sum(slices.Where(slice => slice.IsShared).Select(slice => slice.Amount), context.Currency);
        var outcome = new ShareOutcome(slices, participants, unbanded, ownShare, cappedExcess, notes);
        if (unbanded.IsNegative || outcome.Moved(context.Currency) + outcome.StaysWithFallsOn != variance.Magnitude)
        {
            throw new InvalidOperationException($"The risk/reward share of '{variance.Item.Id}' does not add back to its variance {variance.Magnitude}.");
        }

        return outcome;
    }
}
