using System.Globalization;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// The suspension decisions (principle 8) that apply to the settlement year. A decision with no item suspends every
/// item; one naming an item suspends that item. A whole-year decision wins over a per-item one, and the first
/// decision listed wins among several for the same item.
/// </summary>
/// <remarks>
/// The board's recorded decision is applied as recorded, even where the contract's clause does not provide for it
/// (no clause, or a single item suspended under a clause that only suspends the whole share): the settlement
/// reports what was decided and says in a note that the decision does not match the clause.
/// </remarks>
internal sealed class SuspensionLookup
{
    private readonly Suspension? _wholeYear;
    private readonly Dictionary<Id<RiskRewardItem>, Suspension> _byItem = [];

    public SuspensionLookup(SettlementContext context)
    {
        var decisions = context.Actuals.Suspensions.Where(suspension => suspension.Year == context.Year).ToArray();
        _wholeYear = decisions.FirstOrDefault(suspension => suspension.Item is null);
        foreach (var decision in decisions)
        {
            if (decision.Item is { } item)
            {
                _byItem.TryAdd(item, decision);
            }
        }

        var clause = context.Contract.RiskReward.Suspension;
        var items = context.Contract.RiskReward.Items;
        foreach (var decision in decisions)
        {
            if (decision.Item is { } item && items.All(candidate => candidate.Id != item))
            {
                context.Note($"Risk/reward {context.Year}: a suspension names item '{item}', which is not in the risk/reward account; it suspends nothing.", decision.Source);
            }
            else if (clause is null)
            {
                context.Note($"Risk/reward {context.Year}: the contract has no suspension clause; the recorded suspension ({decision.Reason}) is applied as decided.", decision.Source);
            }
            else if (decision.Item is not null && !clause.PerItem)
            {
                context.Note($"Risk/reward {context.Year}: the suspension clause does not provide for suspending single items; the recorded suspension of '{decision.Item}' ({decision.Reason}) is applied as decided.", decision.Source);
            }
        }
    }

    public Suspension? For(RiskRewardItem item) => _wholeYear ?? _byItem.GetValueOrDefault(item.Id);

    /// <summary>"Risk/reward share suspended for 2017/18: flu pandemic (decided 2018-01-10)".</summary>
    public static string Describe(Suspension suspension) =>
        $"Risk/reward share suspended for {suspension.Year}: {suspension.Reason}"
        + (suspension.Decided is { } decided ? $" (decided {decided.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : string.Empty);
}
