using CareLedger.Domain.Settlement.Rules.Outcomes;
using static CareLedger.Domain.Tests.Settlement.Outcomes.OutcomeTestKit;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>
/// Mid-Nottinghamshire's all-or-nothing outcome payment (1.8% of each provider's contract value; either every
/// partner gets it or none does), against the 2016/17 framework as published (99%) and corrected (100%).
/// </summary>
public sealed class MidNottsOutcomeTests
{
    private const string Host = "mansfield-ashfield-ccg";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_indicator_achieved_pays_every_provider_its_whole_pot(bool asPublished)
    {
        var contract = MidNottsOutcomes.Contract(asPublished);
        var year = Year(contract, 0).AsPeriod();

        var context = Settle(contract, 0, MidNottsOutcomes.AllAchieved(year));

        // Weighted score: as published 99% ÷ 99% = 100%; corrected 100% ÷ 100% = 100%. Threshold 100%: met.
        // Sherwood Forest: 1.8% × £38,123,456.78 = £686,222.22204 → £686,222.22, all at risk, all paid.
        // Quarters 171,555.56 + 171,555.56 + 171,555.55 + 171,555.55 (68,622,222p ÷ 4, two odd pennies first).
        // NUH: 1.8% × £12,345,678.91 = £222,222.22038 → £222,222.22.
        var sherwood = LineOf(context, "sherwood-forest");
        Assert.Equal(Gbp(686_222.22m), sherwood.Amount);
        Assert.Equal(Gbp(222_222.22m), LineOf(context, "nuh").Amount);
        Assert.Equal(Gbp(177_777.78m), LineOf(context, "notts-healthcare").Amount);
        Assert.Equal(Gbp(54_000.00m), LineOf(context, "emas").Amount);
        Assert.Equal(
            "Outcome element 1.8% of contract value: alliance scored 100% against a 100% threshold — paid in full",
            sherwood.Reason);

        // Each payment comes from the host commissioner and is mirrored on its statement.
        Assert.Equal(Gbp(-686_222.22m), MirrorOf(context, Host, "sherwood-forest").Amount);
        Assert.Equal(8, context.Lines.Count);
        Assert.Equal(Gbp(0m), Money.Sum(context.Lines.Select(line => line.Amount), Currency.Gbp));
    }

    [Fact]
    public void A_framework_loaded_as_published_is_noted_and_its_weights_count_relative_to_99_percent()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: true);
        var year = Year(contract, 0).AsPeriod();

        var context = Settle(contract, 0, MidNottsOutcomes.AllAchieved(year));

        var note = Assert.Single(context.Notes);
        Assert.Contains("indicator weights total 99%; each indicator counts as its weight ÷ 99%", note.Message, StringComparison.Ordinal);
        Assert.Equal("outcomes[0]", note.Source!.Path);
    }

    [Fact]
    public void A_corrected_framework_settles_without_notes()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: false);
        var year = Year(contract, 0).AsPeriod();

        var context = Settle(contract, 0, MidNottsOutcomes.AllAchieved(year));

        Assert.Empty(context.Notes);
    }

    [Fact]
    public void Missing_one_indicator_as_published_loses_every_provider_its_whole_pot()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: true);
        var year = Year(contract, 0).AsPeriod();

        var context = Settle(contract, 0, MidNottsOutcomes.AllAchieved(year, except: "acs-review"));

        // The ACS review (3%) not achieved: 96% ÷ 99% = 32/33 = 96.97% < 100%. Nothing at risk is paid, and the
        // whole pot is at risk, so every provider is paid £0.00: a line for the record with no mirror.
        var sherwood = LineOf(context, "sherwood-forest");
        Assert.Equal(Gbp(0m), sherwood.Amount);
        Assert.Equal(
            "Outcome element 1.8% of contract value: alliance scored 96.97% (threshold 100%) — at-risk £686,222.22 withheld",
            sherwood.Reason);
        Assert.Equal(Gbp(0m), LineOf(context, "nuh").Amount);
        Assert.Contains("at-risk £222,222.22 withheld", LineOf(context, "nuh").Reason, StringComparison.Ordinal);
        Assert.Equal(Gbp(0m), LineOf(context, "notts-healthcare").Amount);
        Assert.Equal(Gbp(0m), LineOf(context, "emas").Amount);
        Assert.Empty(OutcomeLines(context, Host));
        Assert.Equal(4, context.Lines.Count);
    }

    [Fact]
    public void Missing_one_indicator_in_a_corrected_framework_loses_every_provider_its_whole_pot()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: false);
        var year = Year(contract, 0).AsPeriod();

        var context = Settle(contract, 0, MidNottsOutcomes.AllAchieved(year, except: "acs-review"));

        // 97% ÷ 100% = 97% < 100%.
        Assert.All(new[] { "sherwood-forest", "nuh", "notts-healthcare", "emas" }, provider => Assert.Equal(Gbp(0m), LineOf(context, provider).Amount));
        Assert.Equal(
            "Outcome element 1.8% of contract value: alliance scored 97% (threshold 100%) — at-risk £686,222.22 withheld",
            LineOf(context, "sherwood-forest").Reason);
    }

    [Fact]
    public void A_metric_short_of_its_target_misses_the_all_or_nothing_threshold()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: false);
        var year = Year(contract, 0).AsPeriod();
        var actuals = MidNottsOutcomes.AllAchieved(year);
        // Admissions 13.9: progress (14.2 − 13.9) ÷ (14.2 − 13.5) = 3/7; 3% × 3/7 = 1.2857…%; score 98.2857…% = 688/700.
        actuals = actuals with { Indicators = [.. actuals.Indicators.Where(result => result.Indicator.Value != "acs-nel-rate"), Metric("acs-nel-rate", year, 13.9m)] };

        var context = Settle(contract, 0, actuals);

        Assert.Equal(Gbp(0m), LineOf(context, "nuh").Amount);
        Assert.Equal(
            "Outcome element 1.8% of contract value: alliance scored 98.29% (threshold 100%) — at-risk £222,222.22 withheld",
            LineOf(context, "nuh").Reason);
    }

    [Fact]
    public void The_explanation_cites_the_terms_the_framework_and_every_result_with_its_evidence()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: true);
        var year = Year(contract, 0).AsPeriod();

        var context = Settle(contract, 0, MidNottsOutcomes.AllAchieved(year, except: "acs-review"));
        var explanation = LineOf(context, "sherwood-forest").Explanation;

        Assert.Equal("outcome", explanation.Rule);
        Assert.Equal(Gbp(0m), explanation.Result);
        var pot = Assert.Single(explanation.Inputs, input => input.Name == "outcome pot");
        Assert.Equal("1.8% × £38,123,456.78 = £686,222.22", pot.Value);
        Assert.Equal("payment.outcome", pot.Source!.Path);
        Assert.Equal("payment.outcome", Assert.Single(explanation.Inputs, input => input.Name == "outcomes framework").Source!.Path);
        var review = Assert.Single(explanation.Inputs, input => input.Name == "result: acs-review, 2016/17");
        Assert.Equal("not achieved; evidence: board minutes", review.Value);
        Assert.Equal("indicators[acs-review, 2016/17]", review.Source!.Path);
        Assert.Equal(21, explanation.Inputs.Count(input => input.Name.StartsWith("result: ", StringComparison.Ordinal)));
        Assert.Contains(explanation.Steps, step => step.Description == "2016/17 score: acs-review (weight 3%)" && step.Value.ToString() == "not achieved → 0%");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("2016/17 score: acs-nel-rate", StringComparison.Ordinal)
            && step.Value.ToString().Contains("progress (14.2 − 13.4) ÷ (14.2 − 13.5) = 114.29% (8/7); linear", StringComparison.Ordinal)
            && step.Value.ToString().EndsWith("→ 100%", StringComparison.Ordinal));
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("2016/17 weighted score", StringComparison.Ordinal) && step.Value.ToString() == "96% ÷ 99% = 96.97% (32/33)");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("2016/17-Q1: pot £171,555.56, at risk 100% = £171,555.56", StringComparison.Ordinal));
        Assert.Contains("half-up", explanation.Rounding, StringComparison.Ordinal);

        // A line that moves no money has no mirror on the host's statement.
        Assert.Empty(OutcomeLines(context, Host));
    }

    [Fact]
    public void The_rule_settles_only_at_year_end()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: true);
        var year = RuleHarness.Year(contract, 1);
        var rule = new OutcomeRule();

        Assert.True(rule.AppliesTo(RuleHarness.ContextFor(contract, Reported(), year.AsPeriod())));
        Assert.False(rule.AppliesTo(RuleHarness.ContextFor(contract, Reported(), year.Quarters()[3])));
        Assert.False(rule.AppliesTo(RuleHarness.ContextFor(contract, Reported(), year.Months()[0])));
    }
}
