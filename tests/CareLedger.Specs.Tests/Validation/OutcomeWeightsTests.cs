using CareLedger.Domain.Outcomes;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using CareLedger.TestSupport;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation;

public class OutcomeWeightsTests
{
    [Fact]
    public void Mid_Notts_2016_17_as_published_gives_exactly_CL201_for_end_of_life_and_CL203_for_99_percent()
    {
        var contract = ContractBuilder.AValidContract().UsingFramework(MidNottsFramework.AsPublished()).BuildWithLocations();
        var framework = contract.Contract.Frameworks[0];
        var endOfLife = framework.Outcomes.Single(outcome => outcome.Id.Value == "end-of-life");

        var diagnostics = contract.Validate();

        Assert.Equal(2, diagnostics.Count);
        var perOutcome = Findings.Exactly(diagnostics, DiagnosticCodes.IndicatorWeights, 1)[0];
        Assert.Equal(contract.At(endOfLife, "weight"), perOutcome.Location);
        Assert.Equal(Severity.Error, perOutcome.Severity);
        Assert.Contains("outcome 'end-of-life' (EOL: patients dying in their place of preference)", perOutcome.Message, StringComparison.Ordinal);
        Assert.Contains("has weight 17% but its indicators add up to 16% (4% + 4% + 4% + 4%)", perOutcome.Message, StringComparison.Ordinal);
        Assert.Contains("make them agree", perOutcome.Message, StringComparison.Ordinal);

        var total = Findings.Exactly(diagnostics, DiagnosticCodes.TotalIndicatorWeights, 1)[0];
        Assert.Equal(contract.At(framework), total.Location);
        Assert.Contains("framework 'mid-notts-2016-17' (2016/17 Outcomes Contract)", total.Message, StringComparison.Ordinal);
        Assert.Contains("indicator weights total 99%, not 100% (outcome weights total 100%)", total.Message, StringComparison.Ordinal);
        Assert.Contains("1% of the pot is tied to no indicator", total.Message, StringComparison.Ordinal);

        Findings.Exactly(diagnostics, DiagnosticCodes.OutcomeWeights, 0);
    }

    [Fact]
    public void Outcome_weights_that_miss_100_percent_give_CL202_at_the_framework_with_the_total()
    {
        var framework = Framework(
            new Outcome(IdOf<Outcome>("a"), "Outcome A", Pct("50%"), [Milestone("a1", "50%")]),
            new Outcome(IdOf<Outcome>("b"), "Outcome B", Pct("40%"), [Milestone("b1", "40%")]));
        var contract = ContractBuilder.AValidContract().UsingFramework(framework).BuildWithLocations();

        var diagnostics = contract.Validate();

        var outcomes = Findings.Exactly(diagnostics, DiagnosticCodes.OutcomeWeights, 1)[0];
        Assert.Equal(contract.At(contract.Contract.Frameworks[0]), outcomes.Location);
        Assert.Contains("outcome weights total 90%, not 100% (a 50%, b 40%)", outcomes.Message, StringComparison.Ordinal);

        // The indicators follow their outcomes, so their total misses too, and says so with both sums.
        var indicators = Findings.Exactly(diagnostics, DiagnosticCodes.TotalIndicatorWeights, 1)[0];
        Assert.Contains("indicator weights total 90%, not 100% (outcome weights total 90%)", indicators.Message, StringComparison.Ordinal);
        Findings.Exactly(diagnostics, DiagnosticCodes.IndicatorWeights, 0);
    }

    [Fact]
    public void An_outcome_without_indicators_gives_CL201_saying_so()
    {
        var framework = Framework(
            new Outcome(IdOf<Outcome>("a"), "Outcome A", Pct("60%"), [Milestone("a1", "60%")]),
            new Outcome(IdOf<Outcome>("b"), "Outcome B", Pct("40%"), []));
        var contract = ContractBuilder.AValidContract().UsingFramework(framework).BuildWithLocations();

        var diagnostics = contract.Validate();

        var empty = Findings.Exactly(diagnostics, DiagnosticCodes.IndicatorWeights, 1)[0];
        Assert.Equal(contract.At(contract.Contract.Frameworks[0].Outcomes[1], "weight"), empty.Location);
        Assert.Contains("has weight 40% but it has no indicators", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_weights_over_the_pot_say_how_much_more_they_would_pay()
    {
        var framework = Framework(new Outcome(IdOf<Outcome>("a"), "Outcome A", Pct("100%"), [Milestone("a1", "60%"), Milestone("a2", "45%")]));
        var contract = ContractBuilder.AValidContract().UsingFramework(framework).BuildWithLocations();

        var diagnostics = contract.Validate();

        var total = Findings.Exactly(diagnostics, DiagnosticCodes.TotalIndicatorWeights, 1)[0];
        Assert.Contains("indicator weights total 105%, not 100%", total.Message, StringComparison.Ordinal);
        Assert.Contains("would pay out 5% more than the pot", total.Message, StringComparison.Ordinal);
        Findings.Exactly(diagnostics, DiagnosticCodes.IndicatorWeights, 1);
    }

    private static OutcomesFramework Framework(params Outcome[] outcomes) =>
        new(IdOf<OutcomesFramework>("test-framework"), "Test framework", outcomes);

    private static Indicator Milestone(string id, string weight) =>
        new(IdOf<Indicator>(id), "Indicator " + id, IndicatorCategory.Planning, Pct(weight), new MilestoneMeasure(Pct("50%")));
}
