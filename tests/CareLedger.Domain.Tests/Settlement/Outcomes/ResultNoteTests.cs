using CareLedger.Domain.Actuals;
using static CareLedger.Domain.Tests.Settlement.Outcomes.OutcomeTestKit;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>What the settlement notes about the results it was given: missing, duplicated or of the wrong shape.</summary>
public sealed class ResultNoteTests
{
    [Fact]
    public void A_missing_result_scores_zero_and_is_noted_by_indicator_and_period()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: false);
        var year = Year(contract, 0).AsPeriod();
        var actuals = MidNottsOutcomes.AllAchieved(year);
        actuals = actuals with { Indicators = actuals.Indicators.Where(result => result.Indicator.Value != "falls-review").ToArray() };

        var context = Settle(contract, 0, actuals);

        var note = Assert.Single(context.Notes);
        Assert.Equal("No result for indicator 'falls-review' (falls-review) for 2016/17: it scores 0%.", note.Message);
        // 95% < 100%: nothing paid.
        Assert.Equal(Gbp(0m), LineOf(context, "sherwood-forest").Amount);
        Assert.Contains("alliance scored 95% (threshold 100%)", LineOf(context, "sherwood-forest").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_results_for_one_indicator_and_period_the_last_is_used_and_noted()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: false);
        var year = Year(contract, 0).AsPeriod();
        var actuals = MidNottsOutcomes.AllAchieved(year, except: "acs-review");
        actuals = actuals with { Indicators = [.. actuals.Indicators, Milestone("acs-review", year, MilestoneStatus.Achieved, "board minutes, March 2017")] };

        var context = Settle(contract, 0, actuals);

        var note = Assert.Single(context.Notes);
        Assert.Equal(
            "Indicator 'acs-review' has 2 results for 2016/17; the last one listed is used (evidence: board minutes, March 2017). "
            + "The actuals should give one result per indicator and period.",
            note.Message);
        Assert.Equal(Gbp(686_222.22m), LineOf(context, "sherwood-forest").Amount);
    }

    [Fact]
    public void A_result_of_the_wrong_shape_scores_zero_and_is_noted()
    {
        var contract = MidNottsOutcomes.Contract(asPublished: false);
        var year = Year(contract, 0).AsPeriod();
        var actuals = MidNottsOutcomes.AllAchieved(year);
        actuals = actuals with { Indicators = [.. actuals.Indicators.Where(result => result.Indicator.Value != "eol-epaccs"), Metric("eol-epaccs", year, 1m)] };

        var context = Settle(contract, 0, actuals);

        var note = Assert.Single(context.Notes);
        Assert.Equal("The result for indicator 'eol-epaccs' (eol-epaccs) for 2016/17 has no milestone status: it scores 0%.", note.Message);
        Assert.Equal("indicators[eol-epaccs, 2016/17]", note.Source!.Path);
    }

    [Fact]
    public void A_year_result_standing_in_for_every_quarter_is_noted_once()
    {
        var contract = BedfordshireOutcomes.Contract();
        var year = Year(contract, 1);
        var actuals = BedfordshireOutcomes.YearTwo(year);
        actuals = actuals with
        {
            Indicators =
            [
                .. actuals.Indicators.Where(result => result.Indicator.Value != "annual-report"),
                Metric("annual-report", year.AsPeriod(), 1m),
            ],
        };

        var context = Settle(contract, 1, actuals);

        Assert.Single(context.Notes, note => note.Message.StartsWith("The result for indicator 'annual-report'", StringComparison.Ordinal));
    }
}
