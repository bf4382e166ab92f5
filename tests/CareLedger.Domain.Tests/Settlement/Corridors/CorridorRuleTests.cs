using CareLedger.Domain.Actuals;
using CareLedger.Domain.Settlement.Rules.Corridors;
using CareLedger.TestSupport;
using static CareLedger.Domain.Tests.Settlement.Corridors.CorridorScenario;

namespace CareLedger.Domain.Tests.Settlement.Corridors;

public sealed class CorridorRuleTests
{
    /// <summary>
    /// The marketplace corridor on a target of £10,000,000.00 (1% = £100,000.00), the entity's receipt at points
    /// across it; negative figures are paid by the entity back to the payer:
    /// <code>
    ///  90%: −(5% × 50% + 2% × 80%) = −4.1% = −410,000.00     103%:  0
    ///  92%: −(5% × 50%)            = −2.5% = −250,000.00     105%:  2% × 50%            = 1%   =   100,000.00
    ///  95%: −(2% × 50%)            = −1%   = −100,000.00     108%:  5% × 50%            = 2.5% =   250,000.00
    ///  97%:  0                                               110%:  2.5% + 2% × 80%     = 4.1% =   410,000.00
    /// 100%:  0                                               120%:  2.5% + 12% × 80%    = 12.1% = 1,210,000.00
    /// </code>
    /// </summary>
    [Theory]
    [InlineData(90, -410_000.00)]
    [InlineData(92, -250_000.00)]
    [InlineData(95, -100_000.00)]
    [InlineData(97, 0.00)]
    [InlineData(100, 0.00)]
    [InlineData(101.5, 0.00)]
    [InlineData(103, 0.00)]
    [InlineData(105, 100_000.00)]
    [InlineData(108, 250_000.00)]
    [InlineData(110, 410_000.00)]
    [InlineData(120, 1_210_000.00)]
    public void The_marketplace_corridor_shares_the_gap_band_by_band(decimal percentOfTarget, decimal toEntity)
    {
        var contract = Contract(Terms(Money.Gbp(10_000_000.00m)));

        var context = Settle(contract, 1, Actual(contract, 100_000.00m * percentOfTarget));

        Assert.Equal(Money.Gbp(toEntity), ToEntity(context));
        Assert.Equal(Money.Gbp(-toEntity), LineOf(context, Payer).Amount);
        Assert.Empty(context.Notes);
    }

    [Fact]
    public void Costs_above_target_default_the_target_to_the_contract_value_and_round_once()
    {
        // target = circle's contract value 26,500,000.00; actual 28,987,654.32 = 109.3874% of target.
        //   band 103%–108%: 27,295,000.00 to 28,620,000.00 = 1,325,000.00 × 50% = 662,500.00
        //   band 108%+:     28,620,000.00 to 28,987,654.32 =   367,654.32 × 80% = 294,123.456
        //   total 956,623.456 → 956,623.46, paid by the commissioner to circle.
        var contract = Contract(Terms());

        var context = Settle(contract, 1, Actual(contract, 28_987_654.32m));

        var line = LineOf(context, Entity);
        Assert.Equal(Money.Gbp(956_623.46m), line.Amount);
        Assert.Equal(Payer, line.Counterparty);
        var explanation = line.Explanation;
        Assert.Equal("corridor", explanation.Rule);
        Assert.Contains(explanation.Inputs, input => input.Name == "target" && input.Value.ToString() == "£26,500,000.00 (circle's contract value for 2014/15)");
        Assert.Contains(explanation.Inputs, input => input.Name == "actual cost" && input.Source == ActualSource);
        Assert.Contains(explanation.Steps, step => step.Value.ToString() == "109.3874%");
        Assert.Contains(explanation.Steps, step => step.Description == "band 103%–108% (£27,295,000.00 to £28,620,000.00): £27,295,000.00 to £28,620,000.00 = £1,325,000.00 × payer share 50%" && step.Value.ToString() == "£662,500.00");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("band 108% and above", StringComparison.Ordinal) && step.Value.ToString() == "£294,123.456");
        Assert.Contains(explanation.Steps, step => step.Description == "total before rounding" && step.Value.ToString() == "£956,623.456");
        Assert.Contains("once, on the total, to the penny (half-up)", explanation.Rounding, StringComparison.Ordinal);
    }

    [Fact]
    public void Costs_below_target_are_paid_back_by_the_entity_mirrored_at_97_and_92_percent()
    {
        // actual 24,123,456.79 = 91.0319% of 26,500,000.00.
        //   band 92%–97%: 24,380,000.00 to 25,705,000.00 = 1,325,000.00 × 50% = 662,500.00
        //   band 0%–92%:  24,123,456.79 to 24,380,000.00 =   256,543.21 × 80% = 205,234.568
        //   total 867,734.568 → 867,734.57, paid by circle to the commissioner.
        var contract = Contract(Terms());

        var context = Settle(contract, 1, Actual(contract, 24_123_456.79m));

        var line = LineOf(context, Payer);
        Assert.Equal(Money.Gbp(867_734.57m), line.Amount);
        Assert.Equal(Entity, line.Counterparty);
        Assert.Equal(Money.Gbp(-867_734.57m), ToEntity(context));
        Assert.Contains("the payer takes back", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_actuals_target_comes_before_the_terms_target()
    {
        // Terms say 10,000,000.00; the actuals say 20,000,000.00. Cost 21,000,000.00 = 105% of 20m:
        // 2% × 20,000,000.00 × 50% = 200,000.00 (against the terms' target it would be far above 108%).
        var contract = Contract(Terms(Money.Gbp(10_000_000.00m)));

        var context = Settle(contract, 1, Actual(contract, 21_000_000.00m, target: 20_000_000.00m));

        Assert.Equal(Money.Gbp(200_000.00m), ToEntity(context));
        Assert.Contains(LineOf(context, Entity).Explanation.Inputs, input => input.Name == "target" && input.Source == ActualSource);
    }

    [Fact]
    public void A_cost_inside_the_no_share_band_records_a_zero_line_with_its_reason()
    {
        var contract = Contract(Terms(Money.Gbp(10_000_000.00m)));

        var context = Settle(contract, 1, Actual(contract, 10_250_000.00m));

        var line = LineOf(context, Entity);
        Assert.True(line.Amount.IsZero);
        Assert.Contains("is 102.5% of the target £10,000,000.00; nothing shared", line.Reason, StringComparison.Ordinal);
        Assert.True(LineOf(context, Payer).Amount.IsZero);
    }

    [Fact]
    public void The_total_is_rounded_once_not_band_by_band()
    {
        // Target 1,000.00; bands 100%–100.001% and 100.001%+ each at 50%. Cost 1,000.02:
        //   1,000.00 to 1,000.01 = 0.01 × 50% = 0.005;  1,000.01 to 1,000.02 = 0.01 × 50% = 0.005.
        //   Once: 0.01. Band by band, half-up, it would be 0.01 + 0.01 = 0.02.
        var bands = new[] { Band(0m, 100m, "0%"), Band(100m, 100.001m, "50%"), Band(100.001m, null, "50%") };
        var contract = Contract(Terms(Money.Gbp(1_000.00m), bands));

        var context = Settle(contract, 1, Actual(contract, 1_000.02m));

        Assert.Equal(Money.Gbp(0.01m), ToEntity(context));
    }

    [Fact]
    public void A_payer_share_of_two_thirds_is_applied_as_an_exact_fraction()
    {
        // Target 1,000.00, band 100%+ at 2/3; cost 1,000.75: 0.75 × 2/3 = 0.50 exactly, summed as a fraction rather
        // than as 0.75 × 0.6666… cut to 28 digits.
        var bands = new[] { Band(0m, 100m, "0%"), Band(100m, null, "2/3") };
        var contract = Contract(Terms(Money.Gbp(1_000.00m), bands));

        var context = Settle(contract, 1, Actual(contract, 1_000.75m));

        Assert.Equal(Money.Gbp(0.50m), ToEntity(context));
    }

    [Fact]
    public void A_missing_actual_is_noted_and_a_quarter_is_not_settled()
    {
        var contract = Contract(Terms());

        var context = Settle(contract, 1);

        Assert.Empty(context.Lines);
        Assert.Contains(context.Notes, note => note.Message.Contains("no actual cost", StringComparison.Ordinal) && note.Source == TermsSource);

        var quarter = RuleHarness.ContextFor(contract, ContractActuals.Empty, RuleHarness.Year(contract, 1).Quarters()[0]);
        Assert.False(new CorridorRule().AppliesTo(quarter));
    }

    [Fact]
    public void Years_outside_the_corridor_are_not_settled()
    {
        var contract = Contract(Terms() with { Years = ContractBuilder.Years(2) });

        var context = Settle(contract, 1, Actual(contract, 30_000_000.00m));

        Assert.Empty(context.Lines);
        Assert.Empty(context.Notes);
    }
}
