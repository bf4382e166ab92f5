using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// Who bears an item's variance before it is shared (<see cref="RiskRewardItem.FallsOn"/>). Stated on the item, or
/// by default: for spend against plan and the whole contract, the pool's host, since the commissioners pay for extra
/// activity and keep what is not spent; for a fixed-element surplus, the one participant that is a prime, since the
/// surplus arises on its fixed element.
/// </summary>
internal static class FallsOnParty
{
    /// <summary>The party, or null with the reason when the default cannot pick one (no prime, or several).</summary>
    public static (Id<Party>? Party, string? Problem) Resolve(RiskRewardItem item, SettlementContext context)
    {
        if (item.FallsOn is { } stated)
        {
            return (stated, null);
        }

        if (item.Measure != RiskMeasure.FixedElementSurplus)
        {
            return (context.Host, null);
        }

        var primes = item.Participants
            .Select(participant => participant.Party)
            .Distinct()
            .Where(party => context.Contract.Parties.Any(candidate => candidate.Id == party && candidate.Has(PartyRole.Prime)))
            .ToArray();
        return primes.Length switch
        {
            1 => (primes[0], null),
            0 => (null, "no participant is a prime to bear the surplus or deficit on its fixed element; state falls_on"),
            _ => (null, $"{primes.Length} participants are primes ({string.Join(", ", primes)}), so who bears the surplus or deficit is ambiguous; state falls_on"),
        };
    }
}
