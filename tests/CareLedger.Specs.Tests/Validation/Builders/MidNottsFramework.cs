using CareLedger.Domain.Outcomes;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation.Builders;

/// <summary>
/// The Mid-Nottinghamshire 2016/17 outcomes contract exactly as published (domain.md): the end-of-life indicators
/// add to 16% against a headline 17%, and all indicators to 99%.
/// </summary>
public static class MidNottsFramework
{
    public const string Id = "mid-notts-2016-17";

    public static OutcomesFramework AsPublished() => new(
        IdOf<OutcomesFramework>(Id),
        "2016/17 Outcomes Contract",
        [
            Outcome("diabetes", "Reduction in the prevalence of diabetes", "14%",
                Milestone("diabetes-plan", "10-year plan to reduce the impact of Type 2 diabetes", IndicatorCategory.Planning, "7%"),
                Milestone("diabetes-implement", "Implement agreed elements in 2016/17", IndicatorCategory.ImplementationAndReview, "7%")),
            Outcome("acs-hospitalisation", "Unplanned hospitalisation for chronic ambulatory-care-sensitive conditions", "16%",
                Milestone("acs-review", "Review the system and risk stratification", IndicatorCategory.ImplementationAndReview, "3%"),
                Milestone("acs-plan", "Resourced action plan", IndicatorCategory.Planning, "4%"),
                Milestone("acs-implement", "Implement the plan", IndicatorCategory.ImplementationAndReview, "6%"),
                Metric("nel-acs-rate", "Non-elective admissions for chronic ACS conditions per 1,000 population", "3%", 14.2m, 13.5m)),
            Outcome("ae-primary-care", "Reduction in A&E attendances for primary-care conditions", "12%",
                Milestone("ae-review", "Review why patients attend ED/MIU", IndicatorCategory.ImplementationAndReview, "2%"),
                Milestone("ae-plan", "Action plan", IndicatorCategory.Planning, "4%"),
                Milestone("ae-implement", "Implement the plan", IndicatorCategory.ImplementationAndReview, "4%"),
                Metric("ae-no-treatment", "% of A&E attendances with no investigation, no significant treatment, discharged", "2%", 30m, 25m)),
            Outcome("care-home-admissions", "Reduction in permanent admissions to residential and care homes", "10%",
                Milestone("care-home-strategy", "Joint strategy and system plan", IndicatorCategory.Planning, "5%"),
                Milestone("care-home-implement", "Implement the plan", IndicatorCategory.ImplementationAndReview, "5%")),
            Outcome("end-of-life", "EOL: patients dying in their place of preference", "17%",
                Milestone("eol-benchmark", "Benchmark against comparator", IndicatorCategory.ImplementationAndReview, "4%"),
                Milestone("eol-review", "System review of those who did not die in their place of preference", IndicatorCategory.ImplementationAndReview, "4%"),
                Milestone("eol-plan", "Action plan", IndicatorCategory.Planning, "4%"),
                Milestone("eol-epaccs", "Roll out EPaCCS", IndicatorCategory.ImplementationAndReview, "4%")),
            Outcome("patient-experience", "Patient experience: involved in decisions, supported with long-term conditions", "14%",
                Milestone("experience-options", "Options appraisal and plan for an alliance-wide measure", IndicatorCategory.Planning, "7%"),
                Milestone("experience-shadow", "Implement and shadow-run the dataset", IndicatorCategory.ImplementationAndReview, "7%")),
            Outcome("falls", "Reduction in falls in people aged 65+", "17%",
                Milestone("falls-review", "Review of the falls pathway", IndicatorCategory.ImplementationAndReview, "5%"),
                Milestone("falls-plan", "Action plan", IndicatorCategory.Planning, "6%"),
                Milestone("falls-implement", "Implement the plan", IndicatorCategory.ImplementationAndReview, "6%")),
        ]);

    private static Outcome Outcome(string id, string name, string weight, params Indicator[] indicators) =>
        new(IdOf<Outcome>(id), name, Pct(weight), indicators);

    private static Indicator Milestone(string id, string name, IndicatorCategory category, string weight) =>
        new(IdOf<Indicator>(id), name, category, Pct(weight), new MilestoneMeasure(Pct("50%")));

    private static Indicator Metric(string id, string name, string weight, decimal baseline, decimal target) =>
        new(IdOf<Indicator>(id), name, IndicatorCategory.OutcomeMetric, Pct(weight),
            new MetricMeasure(baseline, EveryYear(target), MetricDirection.LowerIsBetter, new LinearScoring(), null));
}
