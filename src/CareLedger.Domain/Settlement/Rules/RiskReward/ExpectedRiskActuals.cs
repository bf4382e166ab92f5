using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Settlement.Completeness;

namespace CareLedger.Domain.Settlement.Rules.RiskReward;

/// <summary>
/// What the risk/reward share needs at year end, item by item: for each item the members included, that passed the
/// gateway and is not suspended this year, the actual its measure reads — the year's spend on the item (spend against
/// plan), the bearer's actual cost (fixed-element surplus), or every paid party's actual cost (whole contract). Items
/// not shared, and suspended ones, need nothing.
/// </summary>
internal static class ExpectedRiskActuals
{
    public static IEnumerable<MissingActual> Missing(SettlementContext context)
    {
        var year = context.Year;
        var suspended = context.Actuals.Suspensions.Where(suspension => suspension.Year == year).ToArray();
        foreach (var item in context.Contract.RiskReward.Items.Where(item => item.MovesMoney))
        {
            if (suspended.Any(suspension => suspension.Item is null || suspension.Item == item.Id))
            {
                continue;
            }

            var neededFor = $"the risk/reward share of '{item.Id}' ({item.Name})";
            switch (item.Measure)
            {
                case RiskMeasure.SpendAgainstPlan when !context.Actuals.RiskItems.Any(row => row.Item == item.Id && row.Year == year):
                    yield return new MissingActual("risk_reward", $"actual spend on risk/reward item '{item.Id}'", [year.AsPeriod()], neededFor, item.Source);
                    break;
                case RiskMeasure.FixedElementSurplus when FallsOnParty.Resolve(item, context).Party is { } bearer && !HasCost(context, bearer):
                    yield return new MissingActual("provider_costs", $"actual cost of {context.Contract.NameOf(bearer)} ({bearer})", [year.AsPeriod()], neededFor, item.Source);
                    break;
                case RiskMeasure.WholeContract:
                    foreach (var provider in context.Allocation.Providers.Where(provider => !HasCost(context, provider.Payee.Id)))
                    {
                        yield return new MissingActual("provider_costs", $"actual cost of {provider.Payee.Name} ({provider.Payee.Id})", [year.AsPeriod()], neededFor, item.Source);
                    }

                    break;
            }
        }
    }

    private static bool HasCost(SettlementContext context, Id<Parties.Party> party) =>
        context.Actuals.ProviderCosts.Any(row => row.Party == party && row.Year == context.Year);
}
