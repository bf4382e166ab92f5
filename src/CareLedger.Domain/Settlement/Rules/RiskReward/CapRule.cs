using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// Resolves a side's participant caps to money for the year. A cap is the most a participant gains or loses on the
/// item: an amount, or a rate of its contract value (<see cref="Payments.Limit.Resolve"/>, rounded to the penny with
/// the contract's tie rule). Where a party has several caps on one side, the lowest holds.
/// </summary>
/// <remarks>
/// Two caps cannot apply and are reported instead: a cap on the party that bears the variance (its share never
/// moves, and what caps keep from others returns to it, so capping it means nothing), and a rate cap on a party
/// with no contract value this year (a commissioner, say), which has no base for the rate.
/// </remarks>
internal static class CapRule
{
    public static Dictionary<Id<Party>, ResolvedCap> Resolve(MeasuredVariance variance, SettlementContext context, List<SettlementNote> notes)
    {
        var caps = new Dictionary<Id<Party>, ResolvedCap>();
        foreach (var cap in variance.SharingSide.Caps)
        {
            var name = context.Contract.NameOf(cap.Party);
            var where = $"Risk/reward {context.Year}, {variance.Item.Name}: the {variance.SideName} cap of {cap.Limit} on {name}";
            if (cap.Party == variance.FallsOn)
            {
                notes.Add(new($"{where} is ignored: {name} bears the variance, so its own share never moves and a cap on it means nothing.", cap.Source ?? cap.Limit.Source));
                continue;
            }

            if (Resolve(cap, context) is not { } resolved)
            {
                notes.Add(new($"{where} is not applied: {name} has no contract value in {context.Year} for the rate to apply to.", cap.Source ?? cap.Limit.Source));
                continue;
            }

            if (!caps.TryGetValue(cap.Party, out var existing) || resolved.Amount < existing.Amount)
            {
                caps[cap.Party] = resolved;
            }
        }

        return caps;
    }

    private static ResolvedCap? Resolve(ParticipantCap cap, SettlementContext context)
    {
        if (cap.Limit.Bound.Amount is { } amount)
        {
            // A negative amount cannot be borne; read it as no share at all.
            return new ResolvedCap(cap, Money.Max(amount, context.Zero), null);
        }

        if (context.AllocationOf(cap.Party) is not { } allocation)
        {
            return null;
        }

        var resolved = cap.Limit.Resolve(allocation.ContractValue, context.Rounding);
        return new ResolvedCap(cap, Money.Max(resolved, context.Zero), allocation.ContractValue);
    }
}
