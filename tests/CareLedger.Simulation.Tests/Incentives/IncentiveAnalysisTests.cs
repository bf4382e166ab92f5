using CareLedger.Domain.Settlement;
using CareLedger.Simulation.Incentives;
using static CareLedger.Simulation.Tests.Incentives.MidNottsVariants;

namespace CareLedger.Simulation.Tests.Incentives;

/// <summary>Incentive analysis against answers worked by hand from the Mid-Nottinghamshire template (docs/viability.md, "Incentives").</summary>
public sealed class IncentiveAnalysisTests
{
    /// <summary>
    /// Elective volume at 75% of price over plan and 50% under, a dead-band of 2% and a cap and collar of 5% of planned
    /// value. Plan 4,000 spells at £1,250 = £5m; dead-band £100,000 = 80 spells; cap and collar £250,000. Over plan the
    /// payment is (x − 4,080) × £937.50 up to £250,000, reached between 4,346 (£249,375) and 4,347; under plan it is
    /// (x − 3,920) × £625 down to −£250,000, reached at exactly 3,520. So one spell more from x is worth: 0 from 3,200
    /// to 3,519 (held at the collar); £625 (0.5 × £1,250) from 3,520 to 3,919; 0 from 3,920 to 4,079 (inside the
    /// dead-band); £937.50 (0.75 × £1,250) from 4,080 to 4,345; £625 at 4,346 (the last £625 to the cap); 0 from 4,347.
    /// </summary>
    [Fact]
    public void Volume_at_75_over_and_50_under_plan_pays_those_shares_of_price_and_nothing_in_the_dead_band_or_beyond_the_cap()
    {
        var result = Analyse(WithoutPatientChoice(), ScenarioText());

        var sherwood = result.Findings.Where(finding => finding.Kind == "activity" && finding.Party == "sherwood-forest").ToArray();
        Assert.Equal(
            [(3200m, 3519m, 0m), (3520m, 3919m, 625m), (3920m, 4079m, 0m), (4080m, 4345m, 937.50m), (4346m, 4346m, 625m), (4347m, 4799m, 0m)],
            sherwood.Select(finding => (finding.From, finding.To, finding.Own)));
        Assert.All(sherwood, finding => Assert.Equal(finding.Own, finding.Alliance));
        Assert.Single(sherwood, finding => finding.AtOperatingPoint);
        Assert.Equal(3920m, sherwood.Single(finding => finding.AtOperatingPoint).From);
        Assert.Contains("0.75 of the unit price", sherwood[3].Explanation, StringComparison.Ordinal);
    }

    /// <summary>
    /// All-or-nothing with a 100% threshold: with every other indicator met, meeting any one of them rather than
    /// missing it moves each provider's whole outcome pot — what a full settlement of the same year pays it as outcome.
    /// </summary>
    [Fact]
    public void Under_all_or_nothing_with_everything_else_met_each_indicator_moves_the_whole_pot()
    {
        var scenarioText = ScenarioAllMet([("acs-nel-rate", 13.5m), ("ae-no-treatment-rate", 10.5m)]);
        var result = Analyse(ContractText(), scenarioText);
        var contract = Contract(ContractText());
        var projection = Projector.Project(contract, Scenario(contract, scenarioText));

        var pots = projection.Parties
            .Select(party => (party.Party, Pot: party.Years[0].Elements.GetValueOrDefault(StatementElement.Outcome)))
            .Where(pair => pair.Pot.Amount > 0)
            .ToDictionary(pair => pair.Party, pair => pair.Pot.Amount);
        Assert.NotEmpty(pots);
        var indicators = result.Findings.Where(finding => finding.Kind == "indicator").ToArray();
        Assert.Equal(21, indicators.Select(finding => finding.Lever).Distinct().Count());
        foreach (var (party, pot) in pots)
        {
            var own = indicators.Where(finding => finding.Party == party).ToArray();
            Assert.Equal(21, own.Length);
            Assert.All(own, finding => Assert.Equal(pot, finding.Own));
            Assert.All(own, finding => Assert.Contains("whole of its outcome pot", finding.Explanation, StringComparison.Ordinal));
        }
    }

    /// <summary>As shipped, both metrics end short of their targets at the central values (13.67 against 13.5, 10.8 against 10.5), so under all-or-nothing no other indicator is worth meeting.</summary>
    [Fact]
    public void With_a_metric_already_missed_no_other_indicator_is_worth_meeting_and_the_finding_says_which()
    {
        var result = Analyse(ContractText(), ScenarioText());

        var dead = result.Findings.Where(finding => finding.Flag == IncentiveFlag.NoIncentive).ToArray();
        Assert.Equal(21, dead.Length);
        Assert.All(dead, finding => Assert.Equal(0m, finding.Own));
        Assert.Contains(dead, finding => finding.Lever == "diabetes-plan" && finding.Explanation.Contains("acs-nel-rate, ae-no-treatment-rate are missed", StringComparison.Ordinal));
    }

    /// <summary>
    /// The risk/reward item on non-elective spend shares each pound over plan by the agreed influence shares: Sherwood
    /// Forest 30%, NUH 15%, Nottinghamshire Healthcare 25%, Newark and Sherwood CCG 12%; every party's slope adds to nothing
    /// (the money moves between parties).
    /// </summary>
    [Fact]
    public void A_risk_share_gives_each_member_a_slope_equal_to_its_agreed_share()
    {
        var result = Analyse(ContractText(), ScenarioText());

        var spend = result.Findings.Where(finding => finding.Kind == "risk-spend" && finding.Lever == "acute-activity-after-community-investment").ToArray();
        var slopes = spend.GroupBy(finding => finding.Party).ToDictionary(group => group.Key, group => group.Select(finding => finding.Own).Distinct().Single());
        Assert.Equal(-0.30m, slopes["sherwood-forest"]);
        Assert.Equal(-0.15m, slopes["nuh"]);
        Assert.Equal(-0.25m, slopes["notts-healthcare"]);
        Assert.Equal(-0.12m, slopes["newark-sherwood-ccg"]);
        Assert.Equal(0m, slopes.Values.Sum());
        Assert.All(spend, finding => Assert.Equal(-0.70m, finding.Alliance));
    }

    /// <summary>
    /// A perverse incentive a reader can check by hand: pay non-elective (urgent care) activity over plan at a 75%
    /// marginal tariff while the risk/reward item shares the same spend. One more £1,500 spell pays Sherwood Forest
    /// 0.75 × £1,500 = £1,125 and costs it its 30% share of £1,500 more spend, £450: it gains £675 a spell from the
    /// activity the alliance invested in community teams to avoid. NUH (15%) gains £1,125 − £225 = £900.
    /// </summary>
    [Fact]
    public void A_marginal_tariff_on_activity_the_risk_share_is_meant_to_reduce_is_flagged_perverse()
    {
        var result = Analyse(WithUrgentTariff(), ScenarioWithUrgentActivity());

        var urgent = result.Findings.Where(finding => finding.Kind == "activity" && finding.Lever == "urgent-care activity").ToArray();
        var sherwood = urgent.Single(finding => finding.Party == "sherwood-forest" && finding.AtOperatingPoint);
        var nuh = urgent.Single(finding => finding.Party == "nuh" && finding.AtOperatingPoint);
        Assert.Equal(675m, sherwood.Own);
        Assert.Equal(900m, nuh.Own);
        Assert.Equal(IncentiveFlag.Perverse, sherwood.Flag);
        Assert.All(urgent.Where(finding => finding.Own > 0), finding => Assert.Equal(IncentiveFlag.Perverse, finding.Flag));
        Assert.Contains("gains from activity the contract means to reduce", sherwood.Explanation, StringComparison.Ordinal);
        Assert.Empty(Analyse(ContractText(), ScenarioWithUrgentActivity()).Perverse);
    }
}
