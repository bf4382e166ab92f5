using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Population;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Reading.Sections;

/// <summary>The words the contract format accepts for each domain vocabulary, exactly as docs/contract-spec.md lists them.</summary>
internal static class Vocabularies
{
    public static Vocabulary<ContractModel> Model { get; } = new(
        "contract model",
        ("alliance", ContractModel.Alliance),
        ("prime-contractor", ContractModel.PrimeContractor),
        ("prime-provider", ContractModel.PrimeProvider),
        ("hybrid", ContractModel.Hybrid));

    public static Vocabulary<RoundingRule> Rounding { get; } = new(
        "rounding rule",
        ("half-up", RoundingRule.HalfUp),
        ("half-even", RoundingRule.HalfEven));

    public static Vocabulary<PartyRole> Role { get; } = new(
        "party role",
        ("commissioner", PartyRole.Commissioner),
        ("local-authority", PartyRole.LocalAuthority),
        ("provider", PartyRole.Provider),
        ("prime", PartyRole.Prime),
        ("sub-contractor", PartyRole.SubContractor),
        ("funder", PartyRole.Funder));

    public static Vocabulary<Membership> Membership { get; } = new(
        "membership",
        ("full", Domain.Parties.Membership.Full),
        ("associate", Domain.Parties.Membership.Associate),
        ("non-voting", Domain.Parties.Membership.NonVoting));

    public static Vocabulary<PopulationBasis> PopulationBasis { get; } = new(
        "population basis",
        ("registered-list", Domain.Population.PopulationBasis.RegisteredList),
        ("age-group", Domain.Population.PopulationBasis.AgeGroup),
        ("pathway", Domain.Population.PopulationBasis.Pathway),
        ("cohort", Domain.Population.PopulationBasis.Cohort));

    public static Vocabulary<ToleranceAdjustment> ToleranceAdjustment { get; } = new(
        "tolerance adjustment",
        ("excess-only", Domain.Population.ToleranceAdjustment.ExcessOnly),
        ("whole-difference", Domain.Population.ToleranceAdjustment.WholeDifference));

    public static Vocabulary<TopSliceKind> TopSliceKind { get; } = new(
        "top-slice kind",
        ("out-of-area", Domain.Scope.TopSliceKind.OutOfArea),
        ("sub-contractor", Domain.Scope.TopSliceKind.SubContractor),
        ("personal-budgets", Domain.Scope.TopSliceKind.PersonalBudgets),
        ("exclusion", Domain.Scope.TopSliceKind.Exclusion));

    public static Vocabulary<SpendBasis> SpendBasis { get; } = new(
        "spend basis",
        ("activity-x-tariff", Domain.Scope.SpendBasis.ActivityTimesTariff),
        ("block-estimate", Domain.Scope.SpendBasis.BlockEstimate),
        ("provider-cost", Domain.Scope.SpendBasis.ProviderCost),
        ("other", Domain.Scope.SpendBasis.Other));

    public static Vocabulary<InstalmentFrequency> Instalments { get; } = new(
        "instalment frequency",
        ("monthly", InstalmentFrequency.Monthly),
        ("quarterly", InstalmentFrequency.Quarterly),
        ("annual", InstalmentFrequency.Annual));

    public static Vocabulary<OutcomeAggregation> Aggregation { get; } = new(
        "outcome aggregation",
        ("all-or-nothing", OutcomeAggregation.AllOrNothing),
        ("proportional", OutcomeAggregation.Proportional),
        ("per-indicator", OutcomeAggregation.PerIndicator));

    public static Vocabulary<FeeBasis> FeeBasis { get; } = new(
        "fee basis",
        ("within", Domain.Payments.FeeBasis.WithinContractValue),
        ("on-top", Domain.Payments.FeeBasis.OnTop));

    public static Vocabulary<IndicatorCategory> Category { get; } = new(
        "indicator category",
        ("planning", IndicatorCategory.Planning),
        ("implementation", IndicatorCategory.ImplementationAndReview),
        ("outcome-metric", IndicatorCategory.OutcomeMetric));

    public static Vocabulary<MetricDirection> Direction { get; } = new(
        "metric direction",
        ("higher-is-better", MetricDirection.HigherIsBetter),
        ("lower-is-better", MetricDirection.LowerIsBetter));

    public static Vocabulary<RiskMeasure> RiskMeasure { get; } = new(
        "risk measure",
        ("spend-against-plan", Domain.RiskReward.RiskMeasure.SpendAgainstPlan),
        ("fixed-element-surplus", Domain.RiskReward.RiskMeasure.FixedElementSurplus),
        ("whole-contract", Domain.RiskReward.RiskMeasure.WholeContract));

    public static Vocabulary<BandUnit> BandUnit { get; } = new(
        "band unit",
        ("money", Domain.RiskReward.BandUnit.Money),
        ("percent-of-plan", Domain.RiskReward.BandUnit.PercentOfPlan));

    public static Vocabulary<SuspensionDecision> SuspensionDecision { get; } = new(
        "suspension decision",
        ("unanimous", Domain.RiskReward.SuspensionDecision.Unanimous),
        ("majority", Domain.RiskReward.SuspensionDecision.Majority),
        ("commissioners", Domain.RiskReward.SuspensionDecision.Commissioners));

    public static Vocabulary<LossRateRule> LossRate { get; } = new(
        "loss rate rule",
        ("complement", LossRateRule.ComplementOfSharingRate),
        ("flat", LossRateRule.Flat));
}
