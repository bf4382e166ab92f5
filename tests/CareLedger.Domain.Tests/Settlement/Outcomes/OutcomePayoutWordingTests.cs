using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Settlement.Rules.Outcomes;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>
/// Each payout words itself, so the line's reason and its explanation need no change when a payout type is added:
/// a payout made up here, unknown to the reason and explanation, is worded exactly as it says.
/// </summary>
public sealed class OutcomePayoutWordingTests
{
    [Fact]
    public void A_new_payout_type_words_the_reason_and_explanation_without_edits_elsewhere()
    {
        var outcome = SettleFirstProvider(new HalfPayout());

        // Sherwood Forest's pot: 1.8% × £38,123,456.78 = £686,222.22, in quarters of £171,555.56, £171,555.56,
        // £171,555.55 and £171,555.55 (largest remainder). Half of each, half-up: £85,777.78 four times (85,777.775
        // rounds up), so £343,111.12 is paid and £686,222.22 − £343,111.12 = £343,111.10 withheld.
        Assert.Equal("Outcome element 1.8% of contract value: scored on the half rule — at-risk £343,111.10 withheld", OutcomeReason.For(outcome));
        var explanation = OutcomeExplanation.For(outcome, RoundingRule.HalfUp);
        Assert.Equal("Σ quarters: half of the at-risk amount", explanation.Formula);
        Assert.Contains(explanation.Inputs, input => input.Name == "aggregation" && input.Value == "half, whatever the score");
        Assert.Equal("half to the penny (half-up)", explanation.Rounding);
    }

    [Fact]
    public void All_or_nothing_sets_the_alliance_score_beside_its_threshold()
    {
        var outcome = SettleFirstProvider(new AllOrNothingPayout(Percentage.Hundred));

        // No results reported: every indicator scores 0%, so the alliance misses the threshold and the pot is withheld.
        Assert.Equal("Outcome element 1.8% of contract value: alliance scored 0% (threshold 100%) — at-risk £686,222.22 withheld", OutcomeReason.For(outcome));
        Assert.Contains(OutcomeExplanation.For(outcome, RoundingRule.HalfUp).Inputs, input => input.Name == "aggregation" && input.Value == "all-or-nothing across the alliance, threshold 100%");
    }

    [Fact]
    public void Proportional_and_per_indicator_payouts_give_the_weighted_score()
    {
        Assert.Equal("Outcome element 1.8% of contract value: scored 0% — at-risk £686,222.22 withheld", OutcomeReason.For(SettleFirstProvider(new ProportionalPayout())));
        Assert.Equal("Outcome element 1.8% of contract value: scored 0% — at-risk £686,222.22 withheld", OutcomeReason.For(SettleFirstProvider(new PerIndicatorPayout())));
    }

    private static ProviderOutcome SettleFirstProvider(IOutcomePayout payout)
    {
        var contract = MidNottsOutcomes.Contract(asPublished: false);
        var budget = BudgetEngine.Build(contract).Years[0];
        var provider = AllocationEngine.Allocate(contract, budget).Providers[0];
        var scores = OutcomeScores.Build(contract.Frameworks[0], budget.Year, OutcomePhase.FullyAtRisk, [], (_, _) => { });
        return ProviderOutcome.Settle(provider, provider.Exposure!, contract.Payment.Outcome!, scores, payout, RoundingRule.HalfUp);
    }

    /// <summary>Pays half the at-risk amount whatever the score: a payout the reason and explanation have never heard of.</summary>
    private sealed class HalfPayout : IOutcomePayout
    {
        public string Formula => "Σ quarters: half of the at-risk amount";

        public string Aggregation => "half, whatever the score";

        public string Scored(ProviderOutcome outcome) => "scored on the half rule";

        public string Rounding(RoundingRule rounding) => $"half to the penny ({rounding.ToSpecName()})";

        public QuarterPayout Pay(Money atRisk, Scorecard card, RoundingRule rounding) =>
            new(atRisk, Share.Parse("1/2").Of(atRisk, rounding), [], "half paid");
    }
}
