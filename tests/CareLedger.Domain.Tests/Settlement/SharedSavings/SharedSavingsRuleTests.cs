using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement.Rules.SharedSavings;
using CareLedger.Domain.SharedSavings;
using CareLedger.TestSupport;
using static CareLedger.Domain.Tests.Settlement.SharedSavings.SavingsScenario;

namespace CareLedger.Domain.Tests.Settlement.SharedSavings;

public sealed class SharedSavingsRuleTests
{
    private static Percentage Pct(decimal value) => Percentage.FromPercent(value);

    [Fact]
    public void The_public_worked_example_without_a_minimum_savings_rate_shares_281_250()
    {
        // benchmark   = 500.00 × 125,000 member-months           = 62,500,000.00
        // expenditure = 495.50 × 125,000                          = 61,937,500.00
        // savings     = 62,500,000.00 − 61,937,500.00             =    562,500.00
        // rate        = 562,500.00 ÷ 62,500,000.00                = 0.9% (> 0, and the MSR is 0%: shared)
        // final rate  = 50% maximum × 100% quality                = 50%
        // payment     = 562,500.00 × 50% = 281,250.00 (no cap, no withholding, nothing to round)
        var contract = Contract(Terms());

        var context = Settle(contract, 1, Actual(contract, 61_937_500.00m));

        var received = LineOf(context, Entity);
        Assert.Equal(Money.Gbp(281_250.00m), received.Amount);
        Assert.Equal(Payer, received.Counterparty);
        Assert.Equal(Money.Gbp(-281_250.00m), LineOf(context, Payer).Amount);
        Assert.Empty(context.Notes);

        var explanation = received.Explanation;
        Assert.Equal("shared-savings", explanation.Rule);
        Assert.Equal(Money.Gbp(281_250.00m), explanation.Result);
        Assert.Contains(explanation.Steps, step => step.Description == "benchmark" && step.Value.ToString() == "£62,500,000.00");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("savings rate", StringComparison.Ordinal) && step.Value.ToString() == "0.9%");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("final sharing rate", StringComparison.Ordinal) && step.Value.ToString() == "50% × 100% = 50%");
        Assert.Contains(explanation.Inputs, input => input.Name == "expenditure" && input.Source == ActualSource);
        Assert.Contains(explanation.Inputs, input => input.Name == "maximum sharing rate" && input.Source == TermsSource);
        Assert.Contains("once, on the payment, to the penny (half-up)", explanation.Rounding, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_worked_example_with_a_one_percent_minimum_savings_rate_shares_nothing()
    {
        // Savings rate 0.9% < MSR 1% (562,500.00 < 1% × 62,500,000.00 = 625,000.00): nothing shared. A zero line on
        // both statements says why.
        var contract = Contract(Terms() with { MinimumSavingsRate = Pct(1m) });

        var context = Settle(contract, 1, Actual(contract, 61_937_500.00m));

        var line = LineOf(context, Entity);
        Assert.Equal(Money.Gbp(0.00m), line.Amount);
        Assert.Equal(Money.Gbp(0.00m), LineOf(context, Payer).Amount);
        Assert.Contains("savings rate 0.9% is below the minimum savings rate 1%", line.Reason, StringComparison.Ordinal);
        Assert.Contains(line.Explanation.Steps, step => step.Value.ToString().Contains("£562,500.00 < 1% × £62,500,000.00 = £625,000.00: not met", StringComparison.Ordinal));
    }

    [Fact]
    public void A_savings_rate_exactly_at_the_minimum_is_shared_from_the_first_pound()
    {
        // MSR 0.9%: savings 562,500.00 = 0.9% × 62,500,000.00 exactly, so the test is met and the whole saving shares.
        var contract = Contract(Terms() with { MinimumSavingsRate = Pct(0.9m) });

        var context = Settle(contract, 1, Actual(contract, 61_937_500.00m));

        Assert.Equal(Money.Gbp(281_250.00m), LineOf(context, Entity).Amount);
    }

    [Fact]
    public void Earned_savings_above_the_cap_are_held_at_the_cap_and_then_withheld()
    {
        // benchmark   = 812.37 × 98,765 member-months             = 80,233,723.05
        // expenditure                                              = 69,123,456.78
        // savings     = 80,233,723.05 − 69,123,456.78             = 11,110,266.27 (13.85%, above the 2% MSR)
        // final rate  = 60% × 87.5% quality                       = 52.5%
        // earned      = 11,110,266.27 × 52.5%                     =  5,832,889.79175
        // cap         = 5% × 80,233,723.05                        =  4,011,686.1525   → capped
        // payment     = 4,011,686.1525 × (1 − 2%)                 =  3,931,452.42945  → 3,931,452.43 (rounded once)
        var terms = Terms() with
        {
            Benchmark = new Benchmark(Money.Gbp(812.37m), null),
            MinimumSavingsRate = Pct(2m),
            MaxSharingRate = Pct(60m),
            SavingsCap = Pct(5m),
            Withholding = Pct(2m),
        };
        var contract = Contract(terms);

        var context = Settle(contract, 1, Actual(contract, 69_123_456.78m, memberMonths: 98_765m, quality: 87.5m));

        var line = LineOf(context, Entity);
        Assert.Equal(Money.Gbp(3_931_452.43m), line.Amount);
        Assert.Contains("capped at £4,011,686.1525", line.Reason, StringComparison.Ordinal);
        Assert.Contains("less 2% withheld", line.Reason, StringComparison.Ordinal);
        var steps = line.Explanation.Steps;
        Assert.Contains(steps, step => step.Description == "earned = savings × final sharing rate" && step.Value.ToString() == "£5,832,889.79175");
        Assert.Contains(steps, step => step.Description == "earned after the cap" && step.Value.ToString() == "£4,011,686.1525");
        Assert.Contains(steps, step => step.Value.ToString() == "£4,011,686.1525 × (100% − 2%) = £3,931,452.42945");
    }

    [Fact]
    public void A_two_sided_loss_is_owed_at_the_loss_rate_floor()
    {
        // benchmark  = 500.00 × 125,000                           = 62,500,000.00
        // loss       = 64,071,234.57 − 62,500,000.00              =  1,571,234.57 (2.513975312%, above the 2% MLR)
        // final rate = 75% × 100% = 75%; 1 − 75% = 25%, below the 40% floor → loss rate 40%
        // owed       = 1,571,234.57 × 40%                         =    628,493.828  → 628,493.83
        // loss cap   = 5% × 62,500,000.00 = 3,125,000.00, not reached; the 2% withholding does not apply to losses.
        var terms = Terms() with
        {
            MinimumSavingsRate = Pct(2m),
            MinimumLossRate = Pct(2m),
            MaxSharingRate = Pct(75m),
            Withholding = Pct(2m),
            Loss = new LossSharing(LossRateRule.ComplementOfSharingRate, null, Pct(40m), Pct(75m), Pct(5m)),
        };
        var contract = Contract(terms);

        var context = Settle(contract, 1, Actual(contract, 64_071_234.57m));

        var recovered = LineOf(context, Payer);
        Assert.Equal(Money.Gbp(628_493.83m), recovered.Amount);
        Assert.Equal(Entity, recovered.Counterparty);
        Assert.Equal(Money.Gbp(-628_493.83m), LineOf(context, Entity).Amount);
        Assert.Contains(recovered.Explanation.Steps, step => step.Value.ToString() == "1 − 75% = 25%, held within floor and ceiling: 40%");
        Assert.Contains(recovered.Explanation.Steps, step => step.Description == "owed = loss × loss rate" && step.Value.ToString() == "£628,493.828");
    }

    [Fact]
    public void Without_a_quality_score_the_loss_rate_rises_to_the_ceiling()
    {
        // Quality-adjusted, no score: 0% is used (and noted). Final rate 0%; 1 − 0% = 100% → ceiling 75%.
        // loss = 63,000,000.00 − 62,500,000.00 = 500,000.00 (0.8%; no MLR) × 75% = 375,000.00.
        var terms = Terms() with { Loss = new LossSharing(LossRateRule.ComplementOfSharingRate, null, Pct(40m), Pct(75m), null) };
        var contract = Contract(terms);

        var context = Settle(contract, 1, Actual(contract, 63_000_000.00m, quality: null));

        Assert.Equal(Money.Gbp(375_000.00m), LineOf(context, Payer).Amount);
        Assert.Contains(context.Notes, note => note.Message.Contains("no quality score; a score of 0% is used", StringComparison.Ordinal));
    }

    [Fact]
    public void A_flat_loss_rate_is_capped_at_the_loss_cap()
    {
        // loss = 70,000,000.00 − 62,500,000.00 = 7,500,000.00 (12%) × flat 30% = 2,250,000.00;
        // cap  = 2% × 62,500,000.00 = 1,250,000.00 → owed 1,250,000.00.
        var terms = Terms() with { Loss = new LossSharing(LossRateRule.Flat, Pct(30m), null, null, Pct(2m)) };
        var contract = Contract(terms);

        var context = Settle(contract, 1, Actual(contract, 70_000_000.00m));

        var line = LineOf(context, Payer);
        Assert.Equal(Money.Gbp(1_250_000.00m), line.Amount);
        Assert.Contains("capped at £1,250,000.00", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loss_below_the_minimum_loss_rate_is_not_owed()
    {
        // loss 1,000,000.00 = 1.6% of 62,500,000.00 < 2% MLR (1,250,000.00).
        var terms = Terms() with
        {
            MinimumLossRate = Pct(2m),
            Loss = new LossSharing(LossRateRule.Flat, Pct(30m), null, null, null),
        };
        var contract = Contract(terms);

        var context = Settle(contract, 1, Actual(contract, 63_500_000.00m));

        Assert.All(context.Lines, line => Assert.True(line.Amount.IsZero));
        Assert.Contains("loss rate 1.6% is below the minimum loss rate 2%", LineOf(context, Entity).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_sided_track_never_recovers_a_loss()
    {
        var contract = Contract(Terms());

        var context = Settle(contract, 1, Actual(contract, 70_000_000.00m));

        var line = LineOf(context, Entity);
        Assert.True(line.Amount.IsZero);
        Assert.Contains("one-sided", line.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RoundingRule.HalfUp, 1_000.50, 490.25)]
    [InlineData(RoundingRule.HalfEven, 1_000.50, 490.24)]
    [InlineData(RoundingRule.HalfUp, 1_001.50, 490.74)]
    [InlineData(RoundingRule.HalfEven, 1_001.50, 490.74)]
    public void The_payment_is_rounded_once_with_the_contract_s_tie_rule(RoundingRule rounding, decimal savings, decimal expected)
    {
        // Benchmark stated as 100,000.00; payment = savings × 50% × (1 − 2%) = savings × 0.49:
        //   1,000.50 × 0.49 = 490.245 → 490.25 half-up, 490.24 half-even (the even neighbour);
        //   1,001.50 × 0.49 = 490.735 → 490.74 under both rules (4 is the even neighbour).
        var terms = Terms() with
        {
            Benchmark = new Benchmark(null, YearSchedule<Money>.Constant(Money.Gbp(100_000.00m))),
            Withholding = Pct(2m),
        };
        var contract = new ContractBuilder()
            .Term(2016, 4, 36)
            .Rounding(rounding)
            .Party("ccg", PartyRole.Commissioner)
            .Party("aco", PartyRole.Provider)
            .Cell("acute", "aco", 100_000.00m)
            .Build() with { SharedSavings = [terms] };

        var context = Settle(contract, 1, Actual(contract, 100_000.00m - savings, memberMonths: null));

        Assert.Equal(Money.Gbp(expected), LineOf(context, Entity).Amount);
    }

    [Fact]
    public void The_benchmark_comes_from_the_actuals_when_the_terms_state_none()
    {
        // benchmark 10,000,000.00 as reported; savings 400,000.00 × 50% = 200,000.00.
        var contract = Contract(Terms() with { Benchmark = new Benchmark(null, null) });

        var context = Settle(contract, 1, Actual(contract, 9_600_000.00m, memberMonths: null, benchmark: 10_000_000.00m));

        var line = LineOf(context, Entity);
        Assert.Equal(Money.Gbp(200_000.00m), line.Amount);
        Assert.Contains(line.Explanation.Inputs, input => input.Name == "benchmark" && input.Value.ToString().Contains("as reported in the actuals", StringComparison.Ordinal) && input.Source == ActualSource);
    }

    [Fact]
    public void A_per_member_benchmark_without_member_months_is_noted_and_not_settled()
    {
        var contract = Contract(Terms());

        var context = Settle(contract, 1, Actual(contract, 61_937_500.00m, memberMonths: null, benchmark: 62_500_000.00m));

        Assert.Empty(context.Lines);
        Assert.Contains(context.Notes, note => note.Message.Contains("give no member-months", StringComparison.Ordinal) && note.Source == ActualSource);
    }

    [Fact]
    public void A_year_without_expenditure_is_noted_and_a_year_outside_the_terms_is_ignored()
    {
        var contract = Contract(Terms() with { Years = ContractBuilder.Years(2, 3) });

        var yearOne = Settle(contract, 1, Actual(contract, 61_937_500.00m));
        var yearTwo = Settle(contract, 2, Actual(contract, 61_937_500.00m));

        Assert.Empty(yearOne.Lines);
        Assert.Empty(yearOne.Notes);
        Assert.Empty(yearTwo.Lines);
        Assert.Contains(yearTwo.Notes, note => note.Message.Contains("no expenditure against the benchmark", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rule_settles_only_at_year_end()
    {
        var contract = Contract(Terms());
        var quarter = RuleHarness.Year(contract, 1).Quarters()[0];

        var context = RuleHarness.ContextFor(contract, ContractActuals.Empty, quarter);

        Assert.False(new SharedSavingsRule().AppliesTo(context));
    }
}
