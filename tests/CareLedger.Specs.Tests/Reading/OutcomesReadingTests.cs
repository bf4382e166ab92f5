using CareLedger.Domain;
using CareLedger.Domain.Outcomes;

namespace CareLedger.Specs.Tests.Reading;

public class OutcomesReadingTests
{
    private const string Framework = """
        outcomes:
          - id: mid-notts-2016-17
            name: 2016/17 Outcomes Contract
            outcomes:
              - id: diabetes
                name: Reduction in the prevalence of diabetes
                weight: 14%
                indicators:
                  - id: diabetes-plan
                    name: Creation of a 10-year business plan
                    category: planning
                    weight: 7%
                  - id: diabetes-implement
                    name: Implement agreed elements in 2016/17
                    category: implementation
                    weight: 7%
                    measure: milestone
                    part_credit: 25%
              - id: unplanned
                name: Unplanned hospitalisation for chronic ACS conditions
                weight: 16%
                indicators:
                  - id: nel-acs-rate
                    name: Non-elective admissions for chronic ACS conditions per 1,000 population
                    category: outcome-metric
                    weight: 3%
                    measure: metric
                    unit: per 1,000 population
                    baseline: 14.2
                    target: { default: 13.5, 2016/17: 14.0 }
                    direction: lower-is-better
                    scoring: banded
                    bands:
                      - { from: 50%, score: 50% }
                      - { from: 100%, score: 100% }
                  - { id: ed-review, name: Review, category: implementation, weight: 2%, measure: metric, baseline: 40, target: 45, direction: higher-is-better, scoring: linear }
        """;

    [Fact]
    public void A_framework_maps_outcomes_and_indicators_with_their_weights_as_written()
    {
        var framework = Assert.Single(ReadAssert.Clean(ContractFiles.With(Framework)).Contract!.Frameworks);

        Assert.Equal((Id<OutcomesFramework>.Of("mid-notts-2016-17"), "2016/17 Outcomes Contract"), (framework.Id, framework.Name));
        Assert.Equal(["diabetes", "unplanned"], framework.Outcomes.Select(outcome => outcome.Id.Value));
        Assert.Equal([Percentage.Parse("14%"), Percentage.Parse("16%")], framework.Outcomes.Select(outcome => outcome.Weight));
        Assert.Equal(
            [IndicatorCategory.Planning, IndicatorCategory.ImplementationAndReview, IndicatorCategory.OutcomeMetric, IndicatorCategory.ImplementationAndReview],
            framework.Indicators.Select(indicator => indicator.Category));
        Assert.Equal(["7%", "7%", "3%", "2%"], framework.Indicators.Select(indicator => indicator.Weight.ToString()));
    }

    [Fact]
    public void Milestones_default_to_half_credit_and_may_state_their_own()
    {
        var indicators = ReadAssert.Clean(ContractFiles.With(Framework)).Contract!.Frameworks[0].Outcomes[0].Indicators;

        Assert.Equal(new MilestoneMeasure(Percentage.Parse("50%")), indicators[0].Measure);
        Assert.Equal(new MilestoneMeasure(Percentage.Parse("25%")), indicators[1].Measure);
    }

    [Fact]
    public void Metrics_read_baseline_target_by_year_direction_and_scoring()
    {
        var indicators = ReadAssert.Clean(ContractFiles.With(Framework)).Contract!.Frameworks[0].Outcomes[1].Indicators;

        var banded = Assert.IsType<MetricMeasure>(indicators[0].Measure);
        Assert.Equal((14.2m, 14.0m, 13.5m), (banded.Baseline, banded.Target.For(1), banded.Target.For(2)));
        Assert.Equal((MetricDirection.LowerIsBetter, "per 1,000 population"), (banded.Direction, banded.Unit));
        Assert.Equal(
            [new ScoreBand(Percentage.Parse("50%"), Percentage.Parse("50%")), new ScoreBand(Percentage.Parse("100%"), Percentage.Parse("100%"))],
            Assert.IsType<BandedScoring>(banded.Scoring).Bands);
        var linear = Assert.IsType<MetricMeasure>(indicators[1].Measure);
        Assert.IsType<LinearScoring>(linear.Scoring);
        Assert.Equal((40m, 45m, MetricDirection.HigherIsBetter, (string?)null), (linear.Baseline, linear.Target.EveryYear, linear.Direction, linear.Unit));
    }

    [Fact]
    public void A_framework_whose_weights_do_not_add_up_is_read_unchanged()
    {
        var framework = ReadAssert.Clean(ContractFiles.With("""
            outcomes:
              - id: as-published
                name: As published
                outcomes:
                  - id: end-of-life
                    name: Dying in the place of preference
                    weight: 17%
                    indicators:
                      - { id: benchmark, name: Benchmark, category: implementation, weight: 4% }
                      - { id: review, name: Review, category: implementation, weight: 4% }
                      - { id: plan, name: Plan, category: planning, weight: 4% }
                      - { id: epaccs, name: Roll out EPaCCS, category: implementation, weight: 4% }
            """)).Contract!.Frameworks[0];

        Assert.Equal(Percentage.Parse("17%"), framework.Outcomes[0].Weight);
        Assert.Equal(16m, framework.Indicators.Sum(indicator => indicator.Weight.Value));
    }
}
