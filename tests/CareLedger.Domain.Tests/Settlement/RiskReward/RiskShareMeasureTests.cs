using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;
using static CareLedger.Domain.Tests.Settlement.RiskReward.RiskShareFixtures;

namespace CareLedger.Domain.Tests.Settlement.RiskReward;

/// <summary>The whole-contract measure and the fixed-element default bearer, on the Mid-Notts contract values (£100m, £60m, £20m).</summary>
public sealed class RiskShareMeasureTests
{
    private static ProviderCostActual Cost(Contract contract, string party, decimal amount) =>
        new(Year(contract, 0), Id<Party>.Of(party), Money.Gbp(amount));

    [Fact]
    public void The_whole_contract_is_measured_as_all_costs_against_all_contract_values()
    {
        // Σ cost 101,000,000.00 + 60,500,000.00 + 19,500,000.00 = 181,000,000.00; Σ contract values 180,000,000.00.
        // Over-spend 1,000,000.00 falls on the host; sherwood-forest's 50% = 500,000.00 is paid to it.
        var item = Activity([Influence(Host, 50m), Influence(Sherwood, 50m)], plan: null) with { Measure = RiskMeasure.WholeContract };
        var contract = MidNotts(item);
        var context = Settle(contract, 0, ActualsWith(costs: [Cost(contract, Sherwood, 101_000_000.00m), Cost(contract, Nuh, 60_500_000.00m), Cost(contract, Community, 19_500_000.00m)]));

        Assert.Equal([(Host, Sherwood, 500_000.00m), (Sherwood, Host, -500_000.00m)], Flows(context));
        Assert.Contains(context.Lines[0].Explanation.Steps, step => step.Description == "variance = Σ actual cost − Σ contract value = £181,000,000.00 − £180,000,000.00");
    }

    [Fact]
    public void The_whole_contract_is_not_measured_while_a_paid_party_has_no_cost()
    {
        var item = Activity([Influence(Host, 50m), Influence(Sherwood, 50m)], plan: null) with { Measure = RiskMeasure.WholeContract };
        var contract = MidNotts(item);
        var context = Settle(contract, 0, ActualsWith(costs: [Cost(contract, Sherwood, 101_000_000.00m)]));

        Assert.Empty(context.Lines);
        Assert.Equal(
            $"Risk/reward 2016/17, {ActivityName}: the whole contract needs one actual cost for 2016/17 for each party paid under it; none or several for nuh, notts-healthcare; nothing is shared.",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void A_fixed_element_surplus_without_a_prime_among_the_participants_asks_for_falls_on()
    {
        var item = PrimeSurplus() with { Participants = [Influence(BedfordshireCcg, 100m)] };
        var contract = Bedfordshire(item);
        var context = Settle(contract, 0, ActualsWith(costs: [new ProviderCostActual(Year(contract, 0), Id<Party>.Of(Circle), Money.Gbp(23_161_000.00m))]));

        Assert.Empty(context.Lines);
        Assert.Equal(
            "Risk/reward 2014/15, Circle's surplus or deficit on the 95% fixed element: no participant is a prime to bear the surplus or deficit on its fixed element; state falls_on; nothing is shared.",
            Assert.Single(context.Notes).Message);
    }
}
