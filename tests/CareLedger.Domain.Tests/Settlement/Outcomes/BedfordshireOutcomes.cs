using CareLedger.Domain.Actuals;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.TestSupport;
using static CareLedger.Domain.Tests.Settlement.Outcomes.OutcomeTestKit;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>
/// Bedfordshire MSK (as in <c>BedfordshireBudgetTests</c>): £26.5m growing 1.3% a year; 2.5% at risk on five
/// super-CQUIN measures, per indicator; year 1 measured, not applied; year 2 at risk 25%, 50%, 75%, 100% by quarter.
/// The super-CQUIN weights are assumed (as in the template): technology 15% (electronic referral 10%, online booking
/// 5%), patient experience 20%, patient outcomes 35%, integrated care 20%, annual report 10%.
/// </summary>
internal static class BedfordshireOutcomes
{
    public static readonly int[] Weights = [10, 5, 20, 35, 20, 10];

    public static Contract Contract(OutcomeAggregation aggregation = OutcomeAggregation.PerIndicator) => new ContractBuilder()
        .Term(2014, 4, 60)
        .Party("bedfordshire-ccg", PartyRole.Commissioner)
        .Party("circle", PartyRole.Prime)
        .Cell("msk", "circle", 26_500_000.00m)
        .Rate(AdjustmentKind.Growth, 1.3m, ContractBuilder.Years(2, 3, 4, 5))
        .WithPayment(new PaymentTerms(
            new FixedElementTerms(Pct(95m), InstalmentSchedule.Monthly),
            null,
            new OutcomeElementTerms(
                YearSchedule<Percentage>.Constant(Pct(2.5m)),
                YearSchedule<Id<OutcomesFramework>>.Constant(Id<OutcomesFramework>.Of("super-cquin")),
                aggregation,
                Percentage.Hundred,
                new YearSchedule<OutcomePhase>(OutcomePhase.FullyAtRisk, new Dictionary<int, OutcomePhase>
                {
                    [1] = new(false, [Percentage.Hundred]),
                    [2] = new(true, [Pct(25m), Pct(50m), Pct(75m), Percentage.Hundred]),
                })),
            [new ManagementFeeTerms(Id<Party>.Of("circle"), YearSchedule<Percentage>.Constant(Pct(2.5m)), null, FeeBasis.WithinContractValue, null)],
            []))
        .Build() with
    {
        Frameworks =
        [
            new OutcomesFramework(
                Id<OutcomesFramework>.Of("super-cquin"),
                "Bedfordshire MSK super-CQUIN measures",
                [
                    Outcome("technology", 15m, MilestoneIndicator("electronic-referral", 10m), MilestoneIndicator("online-booking", 5m)),
                    Outcome("patient-experience", 20m,
                        MetricIndicator("patient-recommend", 20m, 85m, 90m, MetricDirection.HigherIsBetter, new LinearScoring())),
                    Outcome("patient-outcomes", 35m,
                        MetricIndicator("outcome-improvement", 35m, 60m, 80m, MetricDirection.HigherIsBetter, Bands((50m, 50m), (100m, 100m)))),
                    Outcome("integrated-care", 20m,
                        MetricIndicator("long-waits", 20m, 12m, 8m, MetricDirection.LowerIsBetter, new BinaryScoring())),
                    Outcome("annual-report", 10m, MilestoneIndicator("annual-report", 10m)),
                ]),
        ],
    };

    /// <summary>
    /// Year 1: electronic referral achieved (10% × 100%); online booking not achieved (0); 86% would recommend
    /// (progress 1 ÷ 5 = 20%, linear: 20% × 20% = 4%); outcome score 65 (progress 25%, below the first band: 0);
    /// 11% waiting long (progress 1 ÷ 4 = 25%, binary: 0); annual report partly achieved (10% × 50% = 5%).
    /// Weighted score 10 + 4 + 5 = 19%.
    /// </summary>
    public static ContractActuals YearOne(ContractPeriod year) => Reported(
        Milestone("electronic-referral", year, MilestoneStatus.Achieved),
        Milestone("online-booking", year, MilestoneStatus.NotAchieved),
        Metric("patient-recommend", year, 86m),
        Metric("outcome-improvement", year, 65m),
        Metric("long-waits", year, 11m),
        Milestone("annual-report", year, MilestoneStatus.PartlyAchieved));

    /// <summary>
    /// Year 2, reported quarter by quarter except the annual report (a year result, achieved, standing in for every
    /// quarter). Electronic referral also has a year result, not achieved, which its quarter results override.
    /// Online booking has no result in Q4 at all.
    /// <code>
    ///                       weight  Q1           Q2             Q3           Q4
    /// electronic-referral   10%     achieved     achieved       achieved     achieved
    /// online-booking         5%     not          partly (50%)   achieved     — (0%)
    /// patient-recommend     20%     87 → 40%     88 → 60%       89.5 → 90%   91 → 120% → 100%
    /// outcome-improvement   35%     72 → 60%→50% 76 → 80% → 50% 80 → 100%    55 → −25% → 0%
    /// long-waits            20%     10 → 50% → 0 8.5 → 87.5% → 0 8 → 100%    7 → 125% → 100%
    /// annual-report         10%     (year) achieved in every quarter
    /// weighted score                45.5%        52%            98%          60%
    /// </code>
    /// </summary>
    public static ContractActuals YearTwo(ContractYear year)
    {
        var (q1, q2, q3, q4) = (Quarter(year, 1), Quarter(year, 2), Quarter(year, 3), Quarter(year, 4));
        return Reported(
            Milestone("electronic-referral", year.AsPeriod(), MilestoneStatus.NotAchieved),
            Milestone("electronic-referral", q1, MilestoneStatus.Achieved),
            Milestone("electronic-referral", q2, MilestoneStatus.Achieved),
            Milestone("electronic-referral", q3, MilestoneStatus.Achieved),
            Milestone("electronic-referral", q4, MilestoneStatus.Achieved),
            Milestone("online-booking", q1, MilestoneStatus.NotAchieved),
            Milestone("online-booking", q2, MilestoneStatus.PartlyAchieved),
            Milestone("online-booking", q3, MilestoneStatus.Achieved),
            Metric("patient-recommend", q1, 87m),
            Metric("patient-recommend", q2, 88m),
            Metric("patient-recommend", q3, 89.5m),
            Metric("patient-recommend", q4, 91m),
            Metric("outcome-improvement", q1, 72m),
            Metric("outcome-improvement", q2, 76m),
            Metric("outcome-improvement", q3, 80m),
            Metric("outcome-improvement", q4, 55m),
            Metric("long-waits", q1, 10m),
            Metric("long-waits", q2, 8.5m),
            Metric("long-waits", q3, 8m),
            Metric("long-waits", q4, 7m),
            Milestone("annual-report", year.AsPeriod(), MilestoneStatus.Achieved, "annual report 2015/16"));
    }
}
