using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Data.Decisions;

/// <summary>
/// What carried motions do to a contract and its actuals. The contract's own gateway answers and inclusions are the
/// starting point (as signed); each carried motion, in the order proposed, replaces the answer it decides. A carried
/// suspension becomes a suspension in the actuals, replacing any imported for the same year and item.
/// </summary>
public static class DecisionOverlay
{
    public static Contract Apply(Contract contract, IEnumerable<Motion> motions)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var carried = motions.Where(motion => motion.Status == MotionStatus.Carried).OrderBy(motion => motion.Sequence).ToArray();
        if (carried.Length == 0)
        {
            return contract;
        }

        var items = contract.RiskReward.Items.Select(item =>
        {
            foreach (var motion in carried.Where(motion => motion.ItemId == item.Id.Value))
            {
                item = motion.Kind switch
                {
                    MotionKind.Gateway => item with { Gateway = GatewayQuestions.With(item.Gateway, motion.Question!, motion.Answer) },
                    MotionKind.Include => item with { Included = motion.Answer },
                    _ => item,
                };
            }

            return item;
        }).ToArray();
        return contract with { RiskReward = contract.RiskReward with { Items = items } };
    }

    /// <summary>The actuals with each carried suspension in place of any imported for the same year and item.</summary>
    public static ContractActuals Suspend(Contract contract, ContractActuals actuals, IEnumerable<Motion> motions)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(actuals);
        var decided = new List<Suspension>();
        foreach (var motion in motions.Where(motion => motion.Kind == MotionKind.Suspension && motion.Status == MotionStatus.Carried).OrderBy(motion => motion.Sequence))
        {
            if (!contract.Term.Calendar.TryParseYear(motion.Year, out var year, out _))
            {
                continue;
            }

            var item = motion.ItemId is null ? (Id<RiskRewardItem>?)null : Id<RiskRewardItem>.Of(motion.ItemId);
            var on = DateOnly.FromDateTime(Storage.LedgerTime.Parse(motion.DecidedAt!).UtcDateTime);
            decided.RemoveAll(existing => existing.Year == year && existing.Item == item);
            decided.Add(new Suspension(year!, item, motion.Reason + $" (board motion {motion.Sequence}, carried {on:yyyy-MM-dd})", on));
        }

        if (decided.Count == 0)
        {
            return actuals;
        }

        var kept = actuals.Suspensions.Where(existing => !decided.Any(item => item.Year == existing.Year && item.Item == existing.Item));
        return actuals with { Suspensions = [.. kept, .. decided] };
    }
}
