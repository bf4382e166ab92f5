using CareLedger.Domain.Actuals;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;
using static CareLedger.Domain.Tests.Settlement.RiskReward.RiskShareFixtures;

namespace CareLedger.Domain.Tests.Settlement.RiskReward;

/// <summary>
/// Bedfordshire MSK (King's Fund 2014, seed 004): "Circle can retain the first 5 per cent of any surplus from this
/// 95 per cent ... Anything over 5 per cent is split 50/50 with the CCG", and Circle takes full risk on a deficit.
/// Read as: the first slice of surplus up to 5% of the fixed element's value is Circle's; beyond it, half goes to the
/// CCG. Year 1 fixed element: 95% × £26,500,000.00 = £25,175,000.00.
/// </summary>
public sealed class BedfordshireRiskShareTests
{
    private static SettlementContext SettleWithCost(int yearIndex, decimal actualCost)
    {
        var contract = Bedfordshire(PrimeSurplus());
        var year = Year(contract, yearIndex);
        return Settle(contract, yearIndex, ActualsWith(costs: [new ProviderCostActual(year, Id<Party>.Of(Circle), Money.Gbp(actualCost))]));
    }

    [Fact]
    public void A_surplus_of_3_percent_of_the_fixed_element_is_all_kept_by_circle()
    {
        // Surplus 3% × 25,175,000.00 = 755,250.00; cost 25,175,000.00 − 755,250.00 = 24,419,750.00.
        // 5% of the fixed element = 1,258,750.00: the whole surplus lies in Circle's 100% band. Nothing moves.
        var context = SettleWithCost(0, 24_419_750.00m);

        Assert.Empty(context.Lines);
        Assert.Equal(
            "Risk/reward 2014/15, Circle's surplus or deficit on the 95% fixed element: surplus £755,250.00; £0.00 shared with the other participants; £755,250.00 stays with circle.",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void A_surplus_of_8_percent_keeps_the_first_5_percent_and_splits_the_rest_50_50_with_the_ccg()
    {
        // Surplus 8% × 25,175,000.00 = 2,014,000.00; cost 23,161,000.00.
        // Band 0–5%: 5% × 25,175,000.00 = 1,258,750.00, Circle 100%.
        // Band 5%+: 2,014,000.00 − 1,258,750.00 = 755,250.00, split 50/50 = 377,625.00 each (exact).
        // Circle pays the CCG 377,625.00 and keeps 1,258,750.00 + 377,625.00 = 1,636,375.00.
        var context = SettleWithCost(0, 23_161_000.00m);

        Assert.Equal(
            [(BedfordshireCcg, Circle, 377_625.00m), (Circle, BedfordshireCcg, -377_625.00m)],
            Flows(context));
        Assert.All(context.Lines, line => Assert.Equal(StatementElement.RiskShare, line.Element));
        Assert.Equal(
            "Risk/reward: Circle's surplus or deficit on the 95% fixed element — surplus £2,014,000.00; bedfordshire-ccg's share 50% of the £755,250.00 beyond the first £1,258,750.00 (5% of the fixed element), £377,625.00",
            context.Lines[0].Reason);
        Assert.Equal(
            "Risk/reward 2014/15, Circle's surplus or deficit on the 95% fixed element: surplus £2,014,000.00; £377,625.00 shared with the other participants; £1,636,375.00 stays with circle.",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void A_deficit_is_borne_by_circle_alone()
    {
        // Deficit 26,000,000.00 − 25,175,000.00 = 825,000.00 on the loss side, one band, Circle 100%.
        var context = SettleWithCost(0, 26_000_000.00m);

        Assert.Empty(context.Lines);
        Assert.Equal(
            "Risk/reward 2014/15, Circle's surplus or deficit on the 95% fixed element: deficit £825,000.00; £0.00 shared with the other participants; £825,000.00 stays with circle.",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void An_odd_penny_in_the_50_50_split_goes_to_the_share_listed_first()
    {
        // Year 2: contract value 26,844,500.00; fixed element 95% = 25,502,275.00.
        // Surplus 8% = 2,040,182.00 (cost 23,462,093.00). First 5% = 1,275,113.75 kept.
        // Rest 765,068.25 = 76,506,825p; ÷ 2 = 38,253,412 rem 1: the tie goes to the first listed share, Circle.
        // Circle 382,534.13 (kept), CCG 382,534.12 (paid).
        var context = SettleWithCost(1, 23_462_093.00m);

        Assert.Equal(
            [(BedfordshireCcg, Circle, 382_534.12m), (Circle, BedfordshireCcg, -382_534.12m)],
            Flows(context));
    }

    [Fact]
    public void A_percent_of_plan_band_edge_is_rounded_to_the_penny_before_slicing()
    {
        // Year 3: contract value 27,193,478.50; fee and outcome 2.5% = 679,836.9625 → 679,836.96 each;
        // fixed element = 27,193,478.50 − 1,359,673.92 = 25,833,804.58.
        // 5% edge = 1,291,690.229 → 1,291,690.23 (half-up, the named rounding point).
        // Surplus 2,000,000.00 (cost 23,833,804.58): beyond the edge 708,309.77 = 70,830,977p; ÷ 2 = 35,415,488 rem 1
        // → Circle 354,154.89, CCG 354,154.88.
        var context = SettleWithCost(2, 23_833_804.58m);

        Assert.Equal(
            [(BedfordshireCcg, Circle, 354_154.88m), (Circle, BedfordshireCcg, -354_154.88m)],
            Flows(context));
        var explanation = context.Lines[0].Explanation;
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("band 5% of the fixed element upwards: slice from £1,291,690.23", StringComparison.Ordinal) && step.Value.ToString() == "£708,309.77");
        Assert.Contains("percent-of-plan band edges", explanation.Rounding, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_cost_for_the_prime_nothing_is_shared_and_a_note_says_why()
    {
        var context = Settle(Bedfordshire(PrimeSurplus()), 0, ActualsWith());

        Assert.Empty(context.Lines);
        Assert.Equal(
            "Risk/reward 2014/15, Circle's surplus or deficit on the 95% fixed element: no actual cost reported for circle for 2014/15; nothing is shared.",
            Assert.Single(context.Notes).Message);
    }
}
