using CareLedger.Domain.Actuals;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Settlement;
using static CareLedger.Domain.Tests.Settlement.RiskReward.RiskShareFixtures;

namespace CareLedger.Domain.Tests.Settlement.RiskReward;

/// <summary>
/// Principle 8: "There will be an option to suspend the Risk/Reward Share under 'exceptional' circumstances ...
/// e.g. flu pandemic". A suspended item moves nothing; each participant's statement says why.
/// </summary>
public sealed class RiskShareSuspensionTests
{
    private const string Drugs = "Savings from switching high-cost drugs to appropriate generics";
    private const string Pandemic = "Flu pandemic declared; activity far beyond any plan";
    private static readonly SourceRef DecisionSource = new("actuals-2017-18.yaml", "suspensions[0]", 3, 5);

    private static RiskRewardItem DrugsItem() =>
        Activity([Influence(Sherwood, 50m), Influence(Host, 50m)], id: "high-cost-drugs-generic-switching", name: Drugs, plan: 5_000_000.00m);

    private static SettlementContext SettleYearTwo(params Suspension[] suspensions)
    {
        var activity = Activity(SpecShares());
        var drugs = DrugsItem();
        var contract = MidNotts(activity, drugs);
        var year = Year(contract, 1);
        var rows = new[]
        {
            new RiskItemActual(year, activity.Id, null, Money.Gbp(41_200_000.00m)),
            new RiskItemActual(year, drugs.Id, null, Money.Gbp(4_800_000.00m)),
        };
        return Settle(contract, 1, ActualsWith(items: rows, suspensions: suspensions));
    }

    [Fact]
    public void A_suspension_of_the_whole_year_records_a_zero_line_for_every_participant_of_every_item()
    {
        var context = SettleYearTwo(new Suspension(Year(MidNotts(), 1), null, Pandemic, new DateOnly(2018, 1, 15), DecisionSource));

        Assert.All(context.Lines, line => Assert.True(line.Amount.IsZero));
        Assert.All(context.Lines, line => Assert.Equal(StatementElement.RiskShare, line.Element));
        Assert.Equal(
            [(Sherwood, Host), (Nuh, Host), (Community, Host), (Host, Host), (Sherwood, Host), (Host, Host)],
            context.Lines.Select(line => (line.Party.Value, line.Counterparty.Value)));
        Assert.Equal(
            $"Risk/reward share suspended for 2017/18: {Pandemic} (decided 2018-01-15) — {ActivityName}",
            context.Lines[0].Reason);
        Assert.Equal(
            [
                $"Risk/reward share suspended for 2017/18: {Pandemic} (decided 2018-01-15) — {ActivityName}: nothing is shared.",
                $"Risk/reward share suspended for 2017/18: {Pandemic} (decided 2018-01-15) — {Drugs}: nothing is shared.",
            ],
            context.Notes.Select(note => note.Message));
        Assert.All(context.Notes, note => Assert.Equal(DecisionSource, note.Source));

        var explanation = context.Lines[0].Explanation;
        Assert.Equal("risk-share", explanation.Rule);
        Assert.True(explanation.Result.IsZero);
        Assert.Contains(explanation.Inputs, input => input.Name == "suspension" && input.Value.ToString() == Pandemic && input.Source == DecisionSource);
    }

    [Fact]
    public void A_suspension_of_one_item_leaves_the_others_settling_as_usual()
    {
        // Activity suspended. Drugs: under-spend 5,000,000.00 − 4,800,000.00 = 200,000.00, 50/50: the host pays
        // sherwood-forest 100,000.00.
        var context = SettleYearTwo(new Suspension(Year(MidNotts(), 1), Id<RiskRewardItem>.Of("acute-activity-after-community-investment"), Pandemic, null));

        Assert.Equal(
            [(Sherwood, Host, 0m), (Nuh, Host, 0m), (Community, Host, 0m), (Host, Host, 0m), (Sherwood, Host, 100_000.00m), (Host, Sherwood, -100_000.00m)],
            Flows(context));
        Assert.Equal($"Risk/reward share suspended for 2017/18: {Pandemic} — {ActivityName}", context.Lines[0].Reason);
        Assert.Equal(2, context.Notes.Count);
        Assert.StartsWith($"Risk/reward 2017/18, {Drugs}: under-spend £200,000.00", context.Notes[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suspension_for_another_year_suspends_nothing()
    {
        var context = SettleYearTwo(new Suspension(Year(MidNotts(), 0), null, Pandemic, new DateOnly(2017, 1, 15)));

        // Both items settle: sherwood-forest pays 30% of the 1,200,000.00 over-spend (360,000.00) and receives 50% of
        // the 200,000.00 drugs under-spend (100,000.00): net −260,000.00.
        Assert.Equal(-260_000.00m, RiskShareOf(context, Sherwood).Amount);
    }

    [Fact]
    public void A_suspension_naming_an_item_not_in_the_account_is_reported_and_suspends_nothing()
    {
        var context = SettleYearTwo(new Suspension(Year(MidNotts(), 1), Id<RiskRewardItem>.Of("no-such-item"), Pandemic, null));

        Assert.Contains(context.Notes, note => note.Message == "Risk/reward 2017/18: a suspension names item 'no-such-item', which is not in the risk/reward account; it suspends nothing.");
        Assert.Contains(context.Lines, line => !line.Amount.IsZero);
    }
}
