using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.TestSupport;
using static CareLedger.Domain.Tests.Settlement.Outcomes.OutcomeTestKit;

namespace CareLedger.Domain.Tests.Settlement.Outcomes;

/// <summary>
/// Mid-Nottinghamshire 2016/17: an alliance paying 1.8% of each provider's contract value all-or-nothing on the
/// 2016/17 outcomes contract, loaded exactly as published (end of life 16% against 17%; indicators 99% in total) or
/// corrected (the EPaCCS roll-out at 5%, so end of life adds to 17% and the indicators to 100%).
/// </summary>
internal static class MidNottsOutcomes
{
    public const string Framework = "mid-notts-2016-17";

    public static readonly string[] Milestones =
    [
        "diabetes-plan", "diabetes-implement", "acs-review", "acs-action-plan", "acs-implement", "ae-review", "ae-action-plan",
        "ae-implement", "care-home-strategy", "care-home-implement", "eol-benchmark", "eol-system-review", "eol-action-plan",
        "eol-epaccs", "experience-plan", "experience-implement", "falls-review", "falls-action-plan", "falls-implement",
    ];

    /// <summary>
    /// Contract values chosen to leave odd pennies: 1.8% × £38,123,456.78 = £686,222.22204 → £686,222.22 (Sherwood
    /// Forest); 1.8% × £12,345,678.91 = £222,222.22038 → £222,222.22 (NUH); 1.8% × £9,876,543.21 = £177,777.77778 →
    /// £177,777.78 (Nottinghamshire Healthcare); 1.8% × £3,000,000.01 = £54,000.00018 → £54,000.00 (EMAS).
    /// </summary>
    public static Contract Contract(bool asPublished) => new ContractBuilder()
        .Term(2016, 4, 36)
        .Party("mansfield-ashfield-ccg", PartyRole.Commissioner)
        .Party("sherwood-forest", PartyRole.Provider)
        .Party("nuh", PartyRole.Provider)
        .Party("notts-healthcare", PartyRole.Provider)
        .Party("emas", PartyRole.Provider)
        .Cell("urgent-care", "sherwood-forest", 38_123_456.78m)
        .Cell("elective", "nuh", 12_345_678.91m)
        .Cell("community", "notts-healthcare", 9_876_543.21m)
        .Cell("ambulance", "emas", 3_000_000.01m)
        .WithPayment(new PaymentTerms(
            new FixedElementTerms(null, InstalmentSchedule.Monthly),
            null,
            new OutcomeElementTerms(
                YearSchedule<Percentage>.Constant(Pct(1.8m)),
                YearSchedule<Id<OutcomesFramework>>.Constant(Id<OutcomesFramework>.Of(Framework)),
                OutcomeAggregation.AllOrNothing,
                Percentage.Hundred,
                YearSchedule<OutcomePhase>.Constant(OutcomePhase.FullyAtRisk),
                new SourceRef("mid-notts.yaml", "payment.outcome", 220, 3)),
            [],
            []))
        .Build() with
    {
        Frameworks = [Outcomes(asPublished)],
    };

    public static OutcomesFramework Outcomes(bool asPublished) => new(
        Id<OutcomesFramework>.Of(Framework),
        "2016/17 Outcomes Contract",
        [
            Outcome("diabetes", 14m, MilestoneIndicator("diabetes-plan", 7m), MilestoneIndicator("diabetes-implement", 7m)),
            Outcome("acs-hospitalisation", 16m,
                MilestoneIndicator("acs-review", 3m),
                MilestoneIndicator("acs-action-plan", 4m),
                MilestoneIndicator("acs-implement", 6m),
                MetricIndicator("acs-nel-rate", 3m, 14.2m, 13.5m, MetricDirection.LowerIsBetter, new LinearScoring())),
            Outcome("ae-primary-care", 12m,
                MilestoneIndicator("ae-review", 2m),
                MilestoneIndicator("ae-action-plan", 4m),
                MilestoneIndicator("ae-implement", 4m),
                MetricIndicator("ae-no-treatment-rate", 2m, 12.0m, 10.5m, MetricDirection.LowerIsBetter, new LinearScoring())),
            Outcome("care-home-admissions", 10m, MilestoneIndicator("care-home-strategy", 5m), MilestoneIndicator("care-home-implement", 5m)),
            Outcome("end-of-life", 17m,
                MilestoneIndicator("eol-benchmark", 4m),
                MilestoneIndicator("eol-system-review", 4m),
                MilestoneIndicator("eol-action-plan", 4m),
                MilestoneIndicator("eol-epaccs", asPublished ? 4m : 5m)),
            Outcome("patient-experience", 14m, MilestoneIndicator("experience-plan", 7m), MilestoneIndicator("experience-implement", 7m)),
            Outcome("falls", 17m, MilestoneIndicator("falls-review", 5m), MilestoneIndicator("falls-action-plan", 6m), MilestoneIndicator("falls-implement", 6m)),
        ],
        new SourceRef("mid-notts.yaml", "outcomes[0]", 240, 5));

    /// <summary>
    /// Every milestone achieved; the admissions rate beyond its target (13.4 against 13.5 from 14.2: progress
    /// 0.8 ÷ 0.7 = 114.29%, held at 100%) and the A&amp;E rate exactly on it (10.5: 100%).
    /// </summary>
    public static ContractActuals AllAchieved(ContractPeriod year, params string[] except) => Reported(
    [
        .. Milestones.Select(id => Milestone(id, year, except.Contains(id) ? MilestoneStatus.NotAchieved : MilestoneStatus.Achieved)),
        Metric("acs-nel-rate", year, 13.4m),
        Metric("ae-no-treatment-rate", year, 10.5m),
    ]);
}
