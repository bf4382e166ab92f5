using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using static CareLedger.Domain.Tests.Settlement.RiskReward.RiskShareFixtures;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.RiskReward;

/// <summary>
/// Mid-Nottinghamshire's example item (Healthcare Finance 2016, seed 001): non-elective activity above plan after
/// investment in community teams, shared "across all the alliance partners that can influence the planned target –
/// the acute providers, the community provider and the CCG". The over-spend falls on the host CCG, which pays the
/// acute trusts for the activity; each other participant pays the host its share.
/// </summary>
public sealed class MidNottsRiskShareTests
{
    private static SettlementContext SettleActivity(Contract contract, decimal actual, decimal? planned = null, int yearIndex = 0)
    {
        var item = contract.RiskReward.Items[0];
        var year = Year(contract, yearIndex);
        var row = new RiskItemActual(year, item.Id, planned is { } plan ? Money.Gbp(plan) : null, Money.Gbp(actual), new SourceRef("actuals.csv", "risk_items[1]", 2, 1));
        return Settle(contract, yearIndex, ActualsWith(items: [row]));
    }

    [Fact]
    public void An_over_spend_is_shared_by_influence_to_the_penny_with_the_odd_pennies_to_the_largest_remainders()
    {
        // Over-spend 41,234,567.89 − 40,000,000.00 = 1,234,567.89 = 123,456,789p, one band, template shares:
        //   sherwood-forest 30% = 37,037,036.70p → 37,037,036 (+1 penny, remainder .70) = 370,370.37
        //   nuh             15% = 18,518,518.35p → 18,518,518                             = 185,185.18
        //   notts-healthcare 25% = 30,864,197.25p → 30,864,197                            = 308,641.97
        //   mansfield-ashfield 18% = 22,222,222.02p → 22,222,222 (the host: stays)        = 222,222.22
        //   newark-sherwood 12% = 14,814,814.68p → 14,814,814 (+1 penny, remainder .68)   = 148,148.15
        // Floors total 123,456,787p: 2 pennies left, to the two largest remainders (.70 and .68).
        // Paid to the host: 370,370.37 + 185,185.18 + 308,641.97 + 148,148.15 = 1,012,345.67; stays 222,222.22.
        var context = SettleActivity(MidNotts(Activity(TemplateShares())), 41_234_567.89m);

        Assert.Equal(
            [
                (Host, Sherwood, 370_370.37m), (Sherwood, Host, -370_370.37m),
                (Host, Nuh, 185_185.18m), (Nuh, Host, -185_185.18m),
                (Host, Community, 308_641.97m), (Community, Host, -308_641.97m),
                (Host, OtherCcg, 148_148.15m), (OtherCcg, Host, -148_148.15m),
            ],
            Flows(context));
        Assert.Equal(
            $"Risk/reward: {ActivityName} — over-spend £1,234,567.89; sherwood-forest's share 30% (£370,370.37)",
            context.Lines[0].Reason);
        Assert.Equal(
            $"Risk/reward 2016/17, {ActivityName}: over-spend £1,234,567.89; £1,012,345.67 shared with the other participants; £222,222.22 stays with mansfield-ashfield-ccg.",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void A_cap_of_1_percent_of_contract_value_leaves_the_excess_with_the_party_the_over_spend_falls_on()
    {
        // Plan 40,000,000.00 from the actuals; actual 41,200,000.00: over-spend 1,200,000.00, spec shares.
        // notts-healthcare 25% = 300,000.00, capped at 1% × 20,000,000.00 = 200,000.00: 100,000.00 stays with the host.
        // sherwood-forest 30% = 360,000.00; nuh 20% = 240,000.00; host 25% = 300,000.00 (stays).
        var shares = SpecShares();
        var item = Activity(shares, loss: WholeSide(shares, Cap(Community, 1m)), plan: null);
        var context = SettleActivity(MidNotts(item), 41_200_000.00m, planned: 40_000_000.00m);

        Assert.Equal(
            [
                (Host, Sherwood, 360_000.00m), (Sherwood, Host, -360_000.00m),
                (Host, Nuh, 240_000.00m), (Nuh, Host, -240_000.00m),
                (Host, Community, 200_000.00m), (Community, Host, -200_000.00m),
            ],
            Flows(context));
        Assert.Equal(
            $"Risk/reward: {ActivityName} — over-spend £1,200,000.00; notts-healthcare's share 25% (£300,000.00) capped at £200,000.00 (1% of contract value); £100,000.00 stays with mansfield-ashfield-ccg",
            context.Lines[4].Reason);
        Assert.Equal(
            $"Risk/reward 2016/17, {ActivityName}: over-spend £1,200,000.00; £800,000.00 shared with the other participants; £400,000.00 stays with mansfield-ashfield-ccg.",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void Percent_of_plan_bands_let_the_host_bear_the_first_slice_and_a_cap_is_hit_in_the_second()
    {
        // The spec's loss side: 0–2% of plan to the host alone, 2%+ by the participants' shares; cap 0.25% of
        // contract value on notts-healthcare = 0.25% × 20,000,000.00 = 50,000.00.
        // Over-spend 1,200,000.00 on a plan of 40,000,000.00: edge 2% = 800,000.00.
        //   Band 0–2%: 800,000.00, host 100% (stays).
        //   Band 2%+:  400,000.00: sherwood 120,000.00, nuh 80,000.00, notts-healthcare 100,000.00 → capped 50,000.00,
        //              host 100,000.00 (stays).
        // Moved 250,000.00; stays 800,000.00 + 100,000.00 + 50,000.00 = 950,000.00; total 1,200,000.00.
        var shares = SpecShares();
        var loss = new SharingSide(true, BandUnit.PercentOfPlan, [
            new SharingBand(0m, 2m, [Influence(Host, 100m)]),
            new SharingBand(2m, null, []),
        ], [Cap(Community, 0.25m)]);
        var context = SettleActivity(MidNotts(Activity(shares, loss: loss)), 41_200_000.00m);

        Assert.Equal(
            [
                (Host, Sherwood, 120_000.00m), (Sherwood, Host, -120_000.00m),
                (Host, Nuh, 80_000.00m), (Nuh, Host, -80_000.00m),
                (Host, Community, 50_000.00m), (Community, Host, -50_000.00m),
            ],
            Flows(context));
        Assert.Equal(
            $"Risk/reward: {ActivityName} — over-spend £1,200,000.00; sherwood-forest's share 30% of the £400,000.00 beyond the first £800,000.00 (2% of plan), £120,000.00",
            context.Lines[0].Reason);
        Assert.Equal(
            $"Risk/reward: {ActivityName} — over-spend £1,200,000.00; notts-healthcare's share 25% of the £400,000.00 beyond the first £800,000.00 (2% of plan), £100,000.00 capped at £50,000.00 (0.25% of contract value); £50,000.00 stays with mansfield-ashfield-ccg",
            context.Lines[4].Reason);
        Assert.Contains("£950,000.00 stays with mansfield-ashfield-ccg", Assert.Single(context.Notes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gain_side_can_differ_from_the_loss_side_and_the_host_pays_out_an_under_spend()
    {
        // Gain side in money: the first 500,000.00 to the host alone, beyond it the participants' shares; a money cap
        // of 40,000.00 on sherwood-forest's gain. The loss side's cap on notts-healthcare does not touch gains.
        // Under-spend 40,000,000.00 − 39,300,000.00 = 700,000.00:
        //   Band £0–£500k: 500,000.00 host (stays).
        //   Band £500k+:   200,000.00: sherwood 60,000.00 → capped 40,000.00 (20,000.00 stays), nuh 40,000.00,
        //                  notts-healthcare 50,000.00, host 50,000.00 (stays).
        // The host pays 40,000.00 + 40,000.00 + 50,000.00 = 130,000.00 and keeps 570,000.00.
        var shares = SpecShares();
        var gain = new SharingSide(true, BandUnit.Money, [
            new SharingBand(0m, 500_000m, [Influence(Host, 100m)]),
            new SharingBand(500_000m, null, shares),
        ], [Cap(Sherwood, Money.Gbp(40_000.00m))]);
        var loss = WholeSide(shares, Cap(Community, 0.25m));
        var context = SettleActivity(MidNotts(Activity(shares, gain, loss)), 39_300_000.00m);

        Assert.Equal(
            [
                (Sherwood, Host, 40_000.00m), (Host, Sherwood, -40_000.00m),
                (Nuh, Host, 40_000.00m), (Host, Nuh, -40_000.00m),
                (Community, Host, 50_000.00m), (Host, Community, -50_000.00m),
            ],
            Flows(context));
        Assert.Equal(
            $"Risk/reward: {ActivityName} — under-spend £700,000.00; sherwood-forest's share 30% of the £200,000.00 beyond the first £500,000.00, £60,000.00 capped at £40,000.00; £20,000.00 stays with mansfield-ashfield-ccg",
            context.Lines[0].Reason);
        Assert.Contains("£130,000.00 shared with the other participants; £570,000.00 stays with mansfield-ashfield-ccg", Assert.Single(context.Notes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disabled_side_moves_nothing_and_says_so()
    {
        var shares = SpecShares();
        var gain = WholeSide(shares) with { Enabled = false };
        var context = SettleActivity(MidNotts(Activity(shares, gain: gain)), 39_300_000.00m);

        Assert.Empty(context.Lines);
        Assert.Equal(
            $"Risk/reward 2016/17, {ActivityName}: under-spend £700,000.00; the gain side is not shared, so it all stays with mansfield-ashfield-ccg.",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void A_cap_on_the_party_the_variance_falls_on_is_ignored_with_a_note_and_a_rate_cap_without_a_contract_value_too()
    {
        // The host bears the over-spend, so its cap is meaningless; newark-sherwood-ccg has no contract value for a
        // 1% cap to apply to. Both shares go through uncapped.
        var shares = TemplateShares();
        var loss = WholeSide(shares, Cap(Host, Money.Gbp(1.00m)), Cap(OtherCcg, 1m));
        var context = SettleActivity(MidNotts(Activity(shares, loss: loss)), 41_234_567.89m);

        Assert.Equal(148_148.15m, RiskShareOf(context, OtherCcg).Amount * -1);
        Assert.Equal(
            [
                $"Risk/reward 2016/17, {ActivityName}: the loss cap of £1.00 on mansfield-ashfield-ccg is ignored: mansfield-ashfield-ccg bears the variance, so its own share never moves and a cap on it means nothing.",
                $"Risk/reward 2016/17, {ActivityName}: the loss cap of 1% on newark-sherwood-ccg is not applied: newark-sherwood-ccg has no contract value in 2016/17 for the rate to apply to.",
            ],
            context.Notes.Take(2).Select(note => note.Message));
    }

    [Fact]
    public void A_stated_bearer_replaces_the_host()
    {
        // The community trust bears an over-spend of 100,000.00 (say, a block it manages): the others pay it.
        var shares = new[] { Influence(Community, 50m), Influence(Host, 50m) };
        var item = Activity(shares) with { FallsOn = Id<Domain.Parties.Party>.Of(Community) };
        var context = SettleActivity(MidNotts(item), 40_100_000.00m);

        Assert.Equal([(Community, Host, 50_000.00m), (Host, Community, -50_000.00m)], Flows(context));
    }

    [Fact]
    public void Without_a_plan_in_the_actuals_or_the_contract_nothing_is_shared()
    {
        var context = SettleActivity(MidNotts(Activity(SpecShares(), plan: null)), 41_200_000.00m);

        Assert.Empty(context.Lines);
        Assert.Equal(
            $"Risk/reward 2016/17, {ActivityName}: no plan for 2016/17: neither the actuals row nor the contract gives one; nothing is shared.",
            Assert.Single(context.Notes).Message);
    }

    [Fact]
    public void Every_line_explains_itself_with_its_sources_slices_caps_and_rounding()
    {
        var shares = SpecShares();
        var item = Activity(shares, loss: WholeSide(shares, Cap(Community, 1m)), plan: null);
        var context = SettleActivity(MidNotts(item), 41_200_000.00m, planned: 40_000_000.00m);

        var explanation = context.Lines[4].Explanation;

        Assert.Equal("risk-share", explanation.Rule);
        Assert.Equal(Money.Gbp(200_000.00m), explanation.Result);
        Assert.Contains(explanation.Inputs, input => input.Name == "item" && input.Source == ItemSource);
        Assert.Contains(explanation.Inputs, input => input.Name == "plan for 2016/17 (from the actuals)" && input.Value.ToString() == "£40,000,000.00" && input.Source!.File == "actuals.csv");
        Assert.Contains(explanation.Inputs, input => input.Name == "influence share of notts-healthcare" && input.Value.ToString() == "25%");
        Assert.Contains(explanation.Inputs, input => input.Name == "loss cap on notts-healthcare" && input.Value.ToString() == "1%");
        Assert.Contains(explanation.Steps, step => step.Description == "variance = actual − plan = £41,200,000.00 − £40,000,000.00" && step.Value.ToString() == "£1,200,000.00");
        Assert.Contains(explanation.Steps, step => step.Value.ToString() == "sherwood-forest 30% = £360,000.00, nuh 20% = £240,000.00, notts-healthcare 25% = £300,000.00, mansfield-ashfield-ccg 25% = £300,000.00");
        Assert.Contains(explanation.Steps, step => step.Description == "cap on notts-healthcare" && step.Value.ToString() == "share £300,000.00 capped at £200,000.00 (1% of contract value); £100,000.00 stays with mansfield-ashfield-ccg");
        Assert.NotNull(explanation.Rounding);

        // The payer's mirror line carries the same derivation, negated.
        var mirror = context.Lines[5].Explanation;
        Assert.Equal(Money.Gbp(-200_000.00m), mirror.Result);
    }

    [Fact]
    public void The_share_settles_only_at_year_end()
    {
        var contract = MidNotts(Activity(SpecShares()));
        var year = RuleHarness.Year(contract, 1);
        var rule = new RiskShareRule();

        Assert.True(rule.AppliesTo(RuleHarness.ContextFor(contract, ActualsWith(), year.AsPeriod())));
        Assert.False(rule.AppliesTo(RuleHarness.ContextFor(contract, ActualsWith(), year.Quarters()[3])));
    }
}
