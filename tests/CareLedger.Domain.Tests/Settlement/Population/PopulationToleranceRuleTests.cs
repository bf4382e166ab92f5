using CareLedger.Domain.Population;
using static CareLedger.Domain.Tests.Settlement.Population.ToleranceScenario;

namespace CareLedger.Domain.Tests.Settlement.Population;

public sealed class PopulationToleranceRuleTests
{
    [Fact]
    public void Growth_beyond_the_tolerance_pays_the_excess_heads_at_the_budget_per_projected_head()
    {
        // Year 2 (2016/17). Year 1 was not counted, so previous heads = projected 150,000.
        //   actual growth = (155,000 − 150,000) ÷ 150,000 = 3.3333%; projected 2.5%; d = 0.8333 points > 0.5.
        //   in heads: expected 150,000 × 1.025 = 153,750; d = 1,250 heads; band 0.5% × 150,000 = 750 heads.
        //   excess only: 1,250 − 750 = 500 heads.
        //   price = 164,000,000.00 ÷ 153,750 = 1,066.666… (unrounded); 500 × 164,000,000.00 ÷ 153,750 = 533,333.333…
        //   → 533,333.33, split 5 : 3 by contract value (102.5m : 61.5m):
        //     uniting-care 333,333.33125 → 333,333.33; cpft 199,999.99875 → 199,999.99 + the odd penny = 200,000.00.
        var contract = Contract(Tolerance());

        var context = Settle(contract, 2, Count(contract, 2, 155_000));

        Assert.Equal(Money.Gbp(333_333.33m), AdjustmentOf(context, UnitingCare));
        Assert.Equal(Money.Gbp(200_000.00m), AdjustmentOf(context, Cpft));
        Assert.Equal(Money.Gbp(-533_333.33m), AdjustmentOf(context, Commissioner));
        Assert.Empty(context.Notes);

        var line = Assert.Single(context.Lines, line => line.Party == UnitingCare);
        Assert.Contains("500 heads × (£164,000,000.00 ÷ 153,750) = £533,333.33", line.Reason, StringComparison.Ordinal);
        var explanation = line.Explanation;
        Assert.Equal("population-tolerance", explanation.Rule);
        Assert.Contains(explanation.Inputs, input => input.Name == "growth tolerance" && input.Value.ToString() == "±0.5%, excess only" && input.Source == ToleranceSource);
        Assert.Contains(explanation.Inputs, input => input.Name == "previous heads" && input.Value.ToString() == "150,000 (2015/16 not counted: its projected heads)");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("actual growth", StringComparison.Ordinal) && step.Value.ToString() == "3.3333%");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("difference d", StringComparison.Ordinal) && step.Value.ToString() == "0.8333% = 1,250 heads");
        Assert.Contains(explanation.Steps, step => step.Description == "heads rounded to whole people (halves away from zero)" && step.Value.ToString() == "500");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("uniting-care's part", StringComparison.Ordinal) && step.Value.ToString() == "£333,333.33");
    }

    [Fact]
    public void The_whole_difference_is_paid_when_the_contract_says_so()
    {
        // Same year: whole difference 1,250 heads × 164,000,000.00 ÷ 153,750 = 1,333,333.333… → 1,333,333.33;
        // 5 : 3 → 833,333.33125 → 833,333.33 and 499,999.99875 → 500,000.00 (the odd penny).
        var contract = Contract(Tolerance(ToleranceAdjustment.WholeDifference));

        var context = Settle(contract, 2, Count(contract, 2, 155_000));

        Assert.Equal(Money.Gbp(833_333.33m), AdjustmentOf(context, UnitingCare));
        Assert.Equal(Money.Gbp(500_000.00m), AdjustmentOf(context, Cpft));
    }

    [Fact]
    public void Growth_short_of_the_tolerance_is_recovered_at_the_stated_price()
    {
        // actual 152,000: growth 1.3333%, d = −1.1667 points; in heads 152,000 − 153,750 = −1,750; band 750;
        // excess −1,000 heads × 1,050.00 = −1,050,000.00, recovered 5 : 3: −656,250.00 and −393,750.00.
        var contract = Contract(Tolerance(pricePerHead: Money.Gbp(1_050.00m)));

        var context = Settle(contract, 2, Count(contract, 2, 152_000));

        Assert.Equal(Money.Gbp(-656_250.00m), AdjustmentOf(context, UnitingCare));
        Assert.Equal(Money.Gbp(-393_750.00m), AdjustmentOf(context, Cpft));
        Assert.Equal(Money.Gbp(1_050_000.00m), AdjustmentOf(context, Commissioner));
        var line = Assert.Single(context.Lines, line => line.Party == Cpft);
        Assert.Contains(line.Explanation.Inputs, input => input.Name == "price per head" && input.Value.ToString() == "£1,050.00 stated in the tolerance");
    }

    [Fact]
    public void Excess_only_and_whole_difference_differ_by_the_band()
    {
        // Shortfall of 1,750 heads: excess only −1,000 heads, whole difference −1,750 heads; at 1,050.00 a head the
        // two differ by the 750 heads of the band: 750 × 1,050.00 = 787,500.00.
        var excess = Contract(Tolerance(ToleranceAdjustment.ExcessOnly, Money.Gbp(1_050.00m)));
        var whole = Contract(Tolerance(ToleranceAdjustment.WholeDifference, Money.Gbp(1_050.00m)));

        var excessContext = Settle(excess, 2, Count(excess, 2, 152_000));
        var wholeContext = Settle(whole, 2, Count(whole, 2, 152_000));

        Assert.Equal(Money.Gbp(1_050_000.00m), AdjustmentOf(excessContext, Commissioner));
        Assert.Equal(Money.Gbp(1_837_500.00m), AdjustmentOf(wholeContext, Commissioner));
    }

    [Theory]
    [InlineData(154_000, "150,000 → 154,000 heads, actual growth 2.6667% against projected 2.5%, a difference of 0.1667%")]
    [InlineData(154_500, "150,000 → 154,500 heads, actual growth 3% against projected 2.5%, a difference of 0.5%")]
    [InlineData(153_000, "150,000 → 153,000 heads, actual growth 2% against projected 2.5%, a difference of -0.5%")]
    public void Growth_within_the_tolerance_moves_nothing_and_notes_the_figures(int heads, string figures)
    {
        // 154,000: d = 250 heads ≤ 750. 154,500 and 153,000: d = ±750 heads, exactly on the band: still inside.
        var contract = Contract(Tolerance(ToleranceAdjustment.WholeDifference));

        var context = Settle(contract, 2, Count(contract, 2, heads));

        Assert.Empty(context.Lines);
        var note = Assert.Single(context.Notes);
        Assert.Contains(figures, note.Message, StringComparison.Ordinal);
        Assert.Contains("within the ±0.5% tolerance; no adjustment", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_year_measures_growth_from_the_previous_year_s_count_and_rounds_heads_to_whole_people()
    {
        // Year 3 (2017/18); year 2 counted 155,001.
        //   expected = 155,001 × 1.025 = 158,876.025; band = 0.5% × 155,001 = 775.005
        //   actual 160,000: d = 1,123.975 heads; excess = 348.97 → 349 heads (halves away from zero)
        //   price = 168,100,000.00 ÷ 157,594 projected heads (150,000 → 153,750 → 157,594)
        //   349 × 168,100,000.00 ÷ 157,594 = 372,266.0761… → 372,266.08; 5 : 3 → 232,666.30 and 139,599.78.
        var contract = Contract(Tolerance());

        var context = Settle(contract, 3, Count(contract, 2, 155_001), Count(contract, 3, 160_000));

        Assert.Equal(Money.Gbp(232_666.30m), AdjustmentOf(context, UnitingCare));
        Assert.Equal(Money.Gbp(139_599.78m), AdjustmentOf(context, Cpft));
        var steps = Assert.Single(context.Lines, line => line.Party == Cpft).Explanation.Steps;
        Assert.Contains(steps, step => step.Description.StartsWith("heads = sign(d)", StringComparison.Ordinal) && step.Value.ToString() == "348.97");
        Assert.Contains(steps, step => step.Description.StartsWith("expected heads", StringComparison.Ordinal) && step.Value.ToString() == "158,876.025");
    }

    [Fact]
    public void A_count_for_the_first_year_is_noted_and_not_used()
    {
        var contract = Contract(Tolerance());

        var context = Settle(contract, 1, Count(contract, 1, 170_000));

        Assert.Empty(context.Lines);
        Assert.Contains(context.Notes, note => note.Message.Contains("the first contract year has no growth projection to compare against", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_without_a_count_is_noted_and_a_contract_without_a_tolerance_is_left_alone()
    {
        var withTolerance = Contract(Tolerance());
        var withoutTolerance = Contract(tolerance: null);

        var uncounted = Settle(withTolerance, 2);
        var untested = Settle(withoutTolerance, 2, Count(withoutTolerance, 2, 170_000));

        Assert.Empty(uncounted.Lines);
        Assert.Contains(uncounted.Notes, note => note.Message.Contains("was not counted", StringComparison.Ordinal) && note.Source == ToleranceSource);
        Assert.Empty(untested.Lines);
        Assert.Empty(untested.Notes);
    }

    [Theory]
    [InlineData(154_532, 1)]
    [InlineData(154_531, 0)]
    public void Heads_are_rounded_to_whole_people_and_a_fraction_of_a_head_moves_nothing(int actual, int heads)
    {
        // Year 3 with year 2 counted 150,030: expected 150,030 × 1.025 = 153,780.75; band 0.5% × 150,030 = 750.15.
        //   154,532: d = 751.25, excess 1.10 → 1 head × 1,050.00 = 1,050.00.
        //   154,531: d = 750.25, excess 0.10 → 0 heads: outside the tolerance but nothing to pay (noted).
        var contract = Contract(Tolerance(pricePerHead: Money.Gbp(1_050.00m)));

        var context = Settle(contract, 3, Count(contract, 2, 150_030), Count(contract, 3, actual));

        Assert.Equal(Money.Gbp(-1_050.00m * heads), AdjustmentOf(context, Commissioner));
        if (heads == 0)
        {
            Assert.Empty(context.Lines);
            Assert.Contains(context.Notes, note => note.Message.Contains("(0.1) round to none", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Half_a_head_rounds_away_from_zero()
    {
        // Year 3 with year 2 counted 150,050: expected 153,801.25; band 750.25. Actual 154,552: d = 750.75, excess
        // exactly 0.5 → 1 head × 1,050.00.
        var contract = Contract(Tolerance(pricePerHead: Money.Gbp(1_050.00m)));

        var context = Settle(contract, 3, Count(contract, 2, 150_050), Count(contract, 3, 154_552));

        Assert.Equal(Money.Gbp(-1_050.00m), AdjustmentOf(context, Commissioner));
    }
}
