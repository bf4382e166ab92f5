using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.TestSupport;
using static CareLedger.Domain.Tests.Settlement.Outcomes.OutcomeTestKit;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>
/// Cambridgeshire &amp; Peterborough style: a prime provider whose outcome incentive is 0% of contract value in the
/// bedding-in year, 10% in years 2–3 and 15% in years 4–5, paid in proportion to the weighted score. The framework
/// is a small stand-in: care co-ordination (milestone, 50%), experience survey (milestone, 30%, part credit 50%) and
/// emergency admissions per 1,000 (metric, 20%, lower is better, baseline 30, target 27 tightening to 24 in year 4).
/// </summary>
public sealed class CambridgeshireOutcomeTests
{
    private static Contract Cambridgeshire() => new ContractBuilder()
        .Term(2015, 4, 60)
        .Party("cambs-ccg", PartyRole.Commissioner)
        .Party("uniting-care", PartyRole.Prime, PartyRole.Provider)
        .Cell("older-people", "uniting-care", 158_765_432.10m)
        .WithPayment(new PaymentTerms(
            new FixedElementTerms(null, InstalmentSchedule.Monthly),
            null,
            new OutcomeElementTerms(
                new YearSchedule<Percentage>(Pct(15m), new Dictionary<int, Percentage> { [1] = Percentage.Zero, [2] = Pct(10m), [3] = Pct(10m) }),
                YearSchedule<Id<OutcomesFramework>>.Constant(Id<OutcomesFramework>.Of("cambs-outcomes")),
                OutcomeAggregation.Proportional,
                Percentage.Hundred,
                new YearSchedule<OutcomePhase>(OutcomePhase.FullyAtRisk, new Dictionary<int, OutcomePhase> { [1] = new(false, [Percentage.Hundred]) })),
            [],
            []))
        .Build() with
    {
        Frameworks =
        [
            new OutcomesFramework(
                Id<OutcomesFramework>.Of("cambs-outcomes"),
                "Older people's outcomes framework",
                [
                    Outcome("coordination", 50m, MilestoneIndicator("care-coordinated", 50m)),
                    Outcome("experience", 30m, MilestoneIndicator("experience-survey", 30m)),
                    Outcome("admissions", 20m,
                        MetricIndicator("emergency-admissions", 20m, 30m, 27m, MetricDirection.LowerIsBetter, new LinearScoring(), new Dictionary<int, decimal> { [4] = 24m, [5] = 24m })),
                ]),
        ],
    };

    private static ContractActuals Results(Periods.ContractPeriod year, MilestoneStatus survey, decimal admissions) => Reported(
        Milestone("care-coordinated", year, MilestoneStatus.Achieved),
        Milestone("experience-survey", year, survey),
        Metric("emergency-admissions", year, admissions));

    [Fact]
    public void The_bedding_in_year_has_no_outcome_pot_and_no_line()
    {
        var contract = Cambridgeshire();

        var context = Settle(contract, 0, Reported());

        Assert.Empty(context.Lines);
        Assert.Empty(context.Notes);
    }

    [Fact]
    public void Year_two_pays_ten_percent_in_proportion_to_the_weighted_score()
    {
        var contract = Cambridgeshire();
        var year = Year(contract, 1).AsPeriod();

        var context = Settle(contract, 1, Results(year, MilestoneStatus.PartlyAchieved, 29m));

        // Score: 50% × 100% + 30% × 50% + 20% × (30 − 29) ÷ (30 − 27) = 50 + 15 + 6.67 = 71.67% (43/60 exactly).
        // Pot 10% × £158,765,432.10 = £15,876,543.21; quarters 1,587,654,321p ÷ 4 = 396,913,580 r 1:
        // 3,969,135.81, 3,969,135.80, 3,969,135.80, 3,969,135.80, all at risk.
        // Q1 3,969,135.81 × 43/60 = 2,844,547.3305 → 2,844,547.33; Q2–Q4 3,969,135.80 × 43/60 = 2,844,547.3233 → 2,844,547.32.
        // Paid 2,844,547.33 + 3 × 2,844,547.32 = 11,378,189.29 (the exact 71.67% of the pot is 11,378,189.3005);
        // withheld 15,876,543.21 − 11,378,189.29 = 4,498,353.92.
        var line = LineOf(context, "uniting-care");
        Assert.Equal(Gbp(11_378_189.29m), line.Amount);
        Assert.Equal("Outcome element 10% of contract value: scored 71.67% — at-risk £4,498,353.92 withheld", line.Reason);
        Assert.Equal(Gbp(-11_378_189.29m), MirrorOf(context, "cambs-ccg", "uniting-care").Amount);
        var explanation = line.Explanation;
        Assert.Contains(explanation.Steps, step => step.Description.StartsWith("2016/17 weighted score", StringComparison.Ordinal) && step.Value.ToString() == "71.67% ÷ 100% = 71.67% (43/60)");
        Assert.Contains(explanation.Steps, step => step.Value.ToString() == "not at risk £0.00 + at risk paid £2,844,547.33 = £2,844,547.33");
    }

    [Fact]
    public void Year_four_pays_fifteen_percent_against_the_tighter_target()
    {
        var contract = Cambridgeshire();
        var year = Year(contract, 3).AsPeriod();

        var context = Settle(contract, 3, Results(year, MilestoneStatus.Achieved, 26m));

        // Year 4's target is 24: progress (30 − 26) ÷ (30 − 24) = 2/3 (against year 2's 27 it would be 4/3, held at
        // 100%). Score 50 + 30 + 20 × 2/3 = 93.33% (14/15).
        // Pot 15% × £158,765,432.10 = £23,814,814.815 → £23,814,814.82; quarters 2,381,481,482p ÷ 4 = 595,370,370 r 2:
        // 5,953,703.71, 5,953,703.71, 5,953,703.70, 5,953,703.70.
        // × 14/15: 5,556,790.1293 → 5,556,790.13 (twice); 5,556,790.12 (twice, 5,556,790.1200 exactly).
        // Paid 22,227,160.50; withheld 23,814,814.82 − 22,227,160.50 = 1,587,654.32.
        var line = LineOf(context, "uniting-care");
        Assert.Equal(Gbp(22_227_160.50m), line.Amount);
        Assert.Equal("Outcome element 15% of contract value: scored 93.33% — at-risk £1,587,654.32 withheld", line.Reason);
        Assert.Contains(line.Explanation.Steps, step => step.Description == "2018/19 score: emergency-admissions (weight 20%)"
            && step.Value.ToString() == "26 against baseline 30, target 24, lower is better: progress (30 − 26) ÷ (30 − 24) = 66.67% (2/3); linear (held between 0% and 100%) → 66.67% (2/3)");
    }
}
