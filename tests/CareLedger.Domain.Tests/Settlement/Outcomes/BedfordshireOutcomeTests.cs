using CareLedger.Domain.Payments;
using static CareLedger.Domain.Tests.Settlement.Outcomes.OutcomeTestKit;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>
/// Bedfordshire MSK's super-CQUIN: measured but not applied in year 1 (the 2.5% paid in full as mobilisation), then
/// at risk quarter by quarter in year 2 (25%, 50%, 75%, 100%), each indicator's slice paid on its own score.
/// </summary>
public sealed class BedfordshireOutcomeTests
{
    [Fact]
    public void Year_one_is_measured_not_applied_so_missed_measures_are_still_paid_in_full()
    {
        var contract = BedfordshireOutcomes.Contract();
        var year = Year(contract, 0).AsPeriod();

        var context = Settle(contract, 0, BedfordshireOutcomes.YearOne(year));

        // Pot 2.5% × £26,500,000.00 = £662,500.00, at risk 100% but not applied: paid in full.
        var circle = LineOf(context, "circle");
        Assert.Equal(Gbp(662_500.00m), circle.Amount);
        Assert.Equal("Outcome element 2.5% of contract value, measured, not applied: scored 19%; paid in full", circle.Reason);
        Assert.Equal(Gbp(-662_500.00m), MirrorOf(context, "bedfordshire-ccg", "circle").Amount);
        Assert.Empty(context.Notes);
    }

    [Fact]
    public void Year_one_still_reports_what_the_measures_would_have_earned()
    {
        var contract = BedfordshireOutcomes.Contract();
        var year = Year(contract, 0).AsPeriod();

        var explanation = LineOf(Settle(contract, 0, BedfordshireOutcomes.YearOne(year)), "circle").Explanation;

        // Each quarter's £165,625.00 splits by weight 10:5:20:35:20:10 into 16,562.50 / 8,281.25 / 33,125.00 /
        // 57,968.75 / 33,125.00 / 16,562.50 (all exact); earned 16,562.50 + 0 + 20% × 33,125.00 = 6,625.00 + 0 + 0
        // + 50% × 16,562.50 = 8,281.25, i.e. 31,468.75 a quarter (19% of 165,625.00) and 125,875.00 for the year.
        Assert.StartsWith("measured, not applied", explanation.Formula, StringComparison.Ordinal);
        Assert.Equal(Gbp(662_500.00m), explanation.Result);
        var q1 = Assert.Single(explanation.Steps, step => step.Description.StartsWith("2014/15-Q1: pot £165,625.00, measured 100% = £165,625.00, not at risk", StringComparison.Ordinal));
        Assert.Equal("measured, not applied: would have paid £31,468.75 of the at-risk amount; paid in full £165,625.00", q1.Value);
        Assert.Contains(explanation.Steps, step => step.Description == "2014/15 score: patient-recommend (weight 20%)"
            && step.Value.ToString() == "86 against baseline 85, target 90, higher is better: progress (86 − 85) ÷ (90 − 85) = 20%; linear (held between 0% and 100%) → 20%");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("2014/15 weighted score", StringComparison.Ordinal) && step.Value.ToString() == "19% ÷ 100% = 19%");
    }

    [Fact]
    public void Year_two_ramps_quarter_by_quarter_and_pays_each_indicator_on_its_own_score()
    {
        var contract = BedfordshireOutcomes.Contract();
        var year = Year(contract, 1);

        var context = Settle(contract, 1, BedfordshireOutcomes.YearTwo(year));

        // Pot 2.5% × £26,844,500.00 = £671,112.50; quarters 167,778.13, 167,778.13, 167,778.12, 167,778.12; at risk
        // 41,944.53, 83,889.07, 125,833.59, 167,778.12 (BedfordshireBudgetTests). Each quarter's at-risk amount splits
        // by weight 10:5:20:35:20:10 with the largest remainder; each slice × score is rounded to the penny.
        //
        // Q1 at risk 4,194,453p: exact 419,445.3 / 209,722.65 / 838,890.6 / 1,468,058.55 / 838,890.6 / 419,445.3;
        //    floors leave 3p, to the remainders .65, .6, .6 → 4,194.45 / 2,097.23 / 8,388.91 / 14,680.58 / 8,388.91 / 4,194.45.
        //    Paid 4,194.45 + 0 + 40% × 8,388.91 (3,355.564 → 3,355.56) + 50% × 14,680.58 (7,340.29) + 0 + 4,194.45
        //    = 19,084.75; not at risk 167,778.13 − 41,944.53 = 125,833.60; quarter 144,918.35.
        // Q2 at risk 8,388,907p → 8,388.91 / 4,194.45 / 16,777.81 / 29,361.18 / 16,777.81 / 8,388.91.
        //    Paid 8,388.91 + 50% × 4,194.45 (2,097.225 → 2,097.23, half up) + 60% × 16,777.81 (10,066.686 → 10,066.69)
        //    + 50% × 29,361.18 (14,680.59) + 0 + 8,388.91 = 43,622.33; not at risk 83,889.06; quarter 127,511.39.
        // Q3 at risk 12,583,359p → 12,583.36 / 6,291.68 / 25,166.72 / 44,041.75 / 25,166.72 / 12,583.36.
        //    Paid everything but 90% × 25,166.72 (22,650.048 → 22,650.05): 123,316.92; not at risk 41,944.53;
        //    quarter 165,261.45.
        // Q4 at risk 16,777,812p → 16,777.81 / 8,388.91 / 33,555.63 / 58,722.34 / 33,555.62 / 16,777.81 (2p to the
        //    remainders .6 and the first .4). Paid 16,777.81 + 0 + 33,555.63 + 0 + 33,555.62 + 16,777.81 = 100,666.87;
        //    nothing is outside the risk; quarter 100,666.87.
        // Year: 144,918.35 + 127,511.39 + 165,261.45 + 100,666.87 = 538,358.06; withheld 671,112.50 − 538,358.06 = 132,754.44.
        var circle = LineOf(context, "circle");
        Assert.Equal(Gbp(538_358.06m), circle.Amount);
        Assert.Equal(
            "Outcome element 2.5% of contract value: scored 45.5%, 52%, 98%, 60% by quarter — at-risk £132,754.44 withheld",
            circle.Reason);

        var explanation = circle.Explanation;
        Assert.Equal(
            ["not at risk £125,833.60 + at risk paid £19,084.75 = £144,918.35",
             "not at risk £83,889.06 + at risk paid £43,622.33 = £127,511.39",
             "not at risk £41,944.53 + at risk paid £123,316.92 = £165,261.45",
             "not at risk £0.00 + at risk paid £100,666.87 = £100,666.87"],
            explanation.Steps.Where(step => step.Value.ToString().StartsWith("not at risk", StringComparison.Ordinal)).Select(step => step.Value.ToString()));
        Assert.Contains(explanation.Steps, step => step.Description == "2015/16-Q2 slice: online-booking (weight 5%) £4,194.45 × 50%" && step.Value.ToString() == "£2,097.23");
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("2015/16-Q4: pot £167,778.12, at risk 100% = £167,778.12", StringComparison.Ordinal));
        Assert.Contains("largest remainder", explanation.Rounding, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_two_uses_quarter_results_before_the_years_and_notes_the_quarter_with_none()
    {
        var contract = BedfordshireOutcomes.Contract();
        var year = Year(contract, 1);

        var context = Settle(contract, 1, BedfordshireOutcomes.YearTwo(year));

        // Online booking has nothing for Q4, neither for the quarter nor for the year.
        var note = Assert.Single(context.Notes);
        Assert.Equal("No result for indicator 'online-booking' (online-booking) in 2015/16-Q4 or for 2015/16: it scores 0%.", note.Message);

        // The electronic referral's quarter results (achieved) win over its year result (not achieved); the annual
        // report's year result stands in for every quarter.
        var explanation = LineOf(context, "circle").Explanation;
        Assert.Contains(explanation.Steps, step => step.Description == "2015/16-Q1 score: electronic-referral (weight 10%)" && step.Value.ToString() == "achieved → 100%");
        Assert.Contains(explanation.Steps, step => step.Description == "2015/16-Q3 score: annual-report (weight 10%)" && step.Value.ToString() == "achieved → 100%");
        Assert.DoesNotContain(explanation.Inputs, input => input.Name == "result: electronic-referral, 2015/16");
        Assert.Single(explanation.Inputs, input => input.Name == "result: annual-report, 2015/16" && input.Value.ToString() == "achieved; evidence: annual report 2015/16");
        Assert.Single(explanation.Inputs, input => input.Name == "result: online-booking, 2015/16-Q4" && input.Value.ToString() == "none reported (scores 0%)");
    }

    [Fact]
    public void Year_two_paid_proportionally_rounds_once_per_quarter()
    {
        var contract = BedfordshireOutcomes.Contract(OutcomeAggregation.Proportional);
        var year = Year(contract, 1);

        var context = Settle(contract, 1, BedfordshireOutcomes.YearTwo(year));

        // Same scores, at risk × weighted score once per quarter:
        // Q1 45.5% × 41,944.53 = 19,084.76115 → 19,084.76 (per indicator: 19,084.75); quarter 144,918.36.
        // Q2 52% × 83,889.07 = 43,622.3164 → 43,622.32 (per indicator: 43,622.33); quarter 127,511.38.
        // Q3 98% × 125,833.59 = 123,316.9182 → 123,316.92; quarter 165,261.45.
        // Q4 60% × 167,778.12 = 100,666.872 → 100,666.87; quarter 100,666.87.
        // Year 538,358.06 — the same total as per indicator here, by the quarters' roundings cancelling.
        var circle = LineOf(context, "circle");
        Assert.Equal(Gbp(538_358.06m), circle.Amount);
        Assert.Equal(
            ["not at risk £125,833.60 + at risk paid £19,084.76 = £144,918.36",
             "not at risk £83,889.06 + at risk paid £43,622.32 = £127,511.38",
             "not at risk £41,944.53 + at risk paid £123,316.92 = £165,261.45",
             "not at risk £0.00 + at risk paid £100,666.87 = £100,666.87"],
            circle.Explanation.Steps.Where(step => step.Value.ToString().StartsWith("not at risk", StringComparison.Ordinal)).Select(step => step.Value.ToString()));
    }

    [Fact]
    public void From_year_three_the_whole_pot_is_at_risk_on_the_years_results()
    {
        var contract = BedfordshireOutcomes.Contract();
        var year = Year(contract, 2).AsPeriod();

        var context = Settle(contract, 2, BedfordshireOutcomes.YearOne(year));

        // Year 3 contract value £27,193,478.50; pot 2.5% = £679,836.9625 → £679,836.96, all at risk, scored per
        // indicator on the year's results (19%). Quarters 169,959.24 each (67,983,696p ÷ 4 exactly).
        // Slices of 16,995,924p by 10:5:20:35:20:10: exact 1,699,592.4 / 849,796.2 / 3,399,184.8 / 5,948,573.4 /
        // 3,399,184.8 / 1,699,592.4; floors leave 3p to the remainders .8, .8, .4 (the first of the .4s) →
        // 16,995.93 / 8,497.96 / 33,991.85 / 59,485.73 / 33,991.85 / 16,995.92.
        // Earned 16,995.93 + 20% × 33,991.85 (6,798.37) + 50% × 16,995.92 (8,497.96) = 32,292.26 a quarter;
        // paid 4 × 32,292.26 = 129,169.04; withheld 679,836.96 − 129,169.04 = 550,667.92.
        var circle = LineOf(context, "circle");
        Assert.Equal(Gbp(129_169.04m), circle.Amount);
        Assert.Equal("Outcome element 2.5% of contract value: scored 19% — at-risk £550,667.92 withheld", circle.Reason);
    }
}
