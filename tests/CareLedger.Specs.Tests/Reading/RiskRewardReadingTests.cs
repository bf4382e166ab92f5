using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.RiskReward;

namespace CareLedger.Specs.Tests.Reading;

public class RiskRewardReadingTests
{
    [Fact]
    public void An_item_maps_gateway_participants_bands_and_caps()
    {
        var account = ReadAssert.Clean(ContractFiles.With("""
            risk_reward:
              items:
                - id: acute-activity
                  name: Non-elective activity above plan after investment in community teams
                  measure: spend-against-plan
                  service_lines: [elective]
                  providers: [acute]
                  plan: £40m
                  gateway: { material: yes, collective_responsibility: true, jointly_agreed: no }
                  include: true
                  participants:
                    - { party: acute, share: 30% }
                    - { party: ccg, share: 70% }
                  loss:
                    unit: percent-of-plan
                    bands:
                      - from: 0%
                        to: 2%
                        shares: [{ party: ccg, share: 100% }]
                      - from: 2%
                    caps:
                      - { party: acute, cap: 1% }
                  gain:
                    enabled: false
              suspension:
                definition: Truly extreme circumstances agreed by all members
                decided_by: unanimous
                per_item: true
            """)).Contract!.RiskReward;

        var item = Assert.Single(account.Items);
        Assert.Equal(RiskMeasure.SpendAgainstPlan, item.Measure);
        Assert.Equal(Money.Gbp(40_000_000.00m), item.Plan!.EveryYear);
        Assert.Equal(new GatewayAnswers(true, true, false), item.Gateway);
        Assert.True(item.Included);
        Assert.False(item.MovesMoney);
        Assert.Equal([Id<Party>.Of("acute"), Id<Party>.Of("ccg")], item.Participants.Select(share => share.Party));
        Assert.Equal(Share.FromPercent(30m), item.Participants[0].Share);

        Assert.Equal((true, BandUnit.PercentOfPlan), (item.Loss.Enabled, item.Loss.Unit));
        Assert.Equal((0m, (decimal?)2m), (item.Loss.Bands[0].From, item.Loss.Bands[0].To));
        Assert.Equal(Id<Party>.Of("ccg"), Assert.Single(item.Loss.Bands[0].Shares).Party);
        Assert.Equal((2m, (decimal?)null), (item.Loss.Bands[1].From, item.Loss.Bands[1].To));
        Assert.Same(item.Participants, item.Loss.Bands[1].Shares);
        var cap = Assert.Single(item.Loss.Caps);
        Assert.Equal((Id<Party>.Of("acute"), AmountOrRate.Of(Percentage.Parse("1%"))), (cap.Party, cap.Limit.Bound));

        Assert.False(item.Gain.Enabled);
        var gainBand = Assert.Single(item.Gain.Bands);
        Assert.Equal((0m, (decimal?)null, BandUnit.Money), (gainBand.From, gainBand.To, item.Gain.Unit));
        Assert.Same(item.Participants, gainBand.Shares);

        Assert.Equal(new SuspensionClause("Truly extreme circumstances agreed by all members", SuspensionDecision.Unanimous, true, account.Suspension!.Source), account.Suspension);
    }

    [Fact]
    public void An_item_without_gateway_sides_or_include_is_unanswered_excluded_and_shared_by_participants()
    {
        var item = ReadAssert.Clean(ContractFiles.With("""
            risk_reward:
              items:
                - id: drugs
                  name: High-cost drugs
                  measure: fixed-element-surplus
                  participants: [{ party: acute, share: 1/2 }, { party: ccg, share: 1/2 }]
                  gain:
                    bands:
                      - { from: 0, to: £500k, shares: [{ party: acute, share: 100% }] }
                      - { from: £500k }
            """)).Contract!.RiskReward.Items[0];

        Assert.Equal(new GatewayAnswers(null, null, null), item.Gateway);
        Assert.False(item.Included);
        Assert.Null(item.Plan);
        Assert.True(item.Scope.IsEverything);
        Assert.Equal((0m, (decimal?)500_000.00m), (item.Gain.Bands[0].From, item.Gain.Bands[0].To));
        Assert.Equal(500_000.00m, item.Gain.Bands[1].From);
        var lossBand = Assert.Single(item.Loss.Bands);
        Assert.Equal((true, 0m), (item.Loss.Enabled, lossBand.From));
        Assert.Equal(Share.FromFraction(1, 2), lossBand.Shares[1].Share);
    }
}
