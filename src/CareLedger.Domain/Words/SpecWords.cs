using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Population;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Domain;

/// <summary>
/// Every word the product writes and reads for a domain vocabulary, exactly as docs/contract-spec.md and
/// docs/actuals-spec.md list them: the one place a contract word is defined. The spec reader parses with these
/// lists, validation and explanations name values with them, and the <c>ToSpecName</c> extensions read from them.
/// </summary>
public static class SpecWords
{
    /// <summary>The adjustment that moves money to a target cell; its own type, not an <see cref="AdjustmentKind"/>.</summary>
    public const string Shift = "shift";

    /// <summary>The adjustment that adds VAT; its own type, not an <see cref="AdjustmentKind"/>.</summary>
    public const string Vat = "vat";

    public static WordList<ContractModel> Model { get; } = new(
        "contract model",
        ("alliance", ContractModel.Alliance),
        ("prime-contractor", ContractModel.PrimeContractor),
        ("prime-provider", ContractModel.PrimeProvider),
        ("hybrid", ContractModel.Hybrid));

    public static WordList<RoundingRule> Rounding { get; } = new(
        "rounding rule",
        ("half-up", RoundingRule.HalfUp),
        ("half-even", RoundingRule.HalfEven));

    public static WordList<PartyRole> Role { get; } = new(
        "party role",
        ("commissioner", PartyRole.Commissioner),
        ("local-authority", PartyRole.LocalAuthority),
        ("provider", PartyRole.Provider),
        ("prime", PartyRole.Prime),
        ("sub-contractor", PartyRole.SubContractor),
        ("funder", PartyRole.Funder));

    public static WordList<Membership> Membership { get; } = new(
        "membership",
        ("full", Parties.Membership.Full),
        ("associate", Parties.Membership.Associate),
        ("non-voting", Parties.Membership.NonVoting));

    public static WordList<PopulationBasis> PopulationBasis { get; } = new(
        "population basis",
        ("registered-list", Population.PopulationBasis.RegisteredList),
        ("age-group", Population.PopulationBasis.AgeGroup),
        ("pathway", Population.PopulationBasis.Pathway),
        ("cohort", Population.PopulationBasis.Cohort));

    public static WordList<ToleranceAdjustment> ToleranceAdjustment { get; } = new(
        "tolerance adjustment",
        ("excess-only", Population.ToleranceAdjustment.ExcessOnly),
        ("whole-difference", Population.ToleranceAdjustment.WholeDifference));

    public static WordList<TopSliceKind> TopSliceKind { get; } = new(
        "top-slice kind",
        ("out-of-area", Scope.TopSliceKind.OutOfArea),
        ("sub-contractor", Scope.TopSliceKind.SubContractor),
        ("personal-budgets", Scope.TopSliceKind.PersonalBudgets),
        ("exclusion", Scope.TopSliceKind.Exclusion));

    public static WordList<SpendBasis> SpendBasis { get; } = new(
        "spend basis",
        ("activity-x-tariff", Scope.SpendBasis.ActivityTimesTariff),
        ("block-estimate", Scope.SpendBasis.BlockEstimate),
        ("provider-cost", Scope.SpendBasis.ProviderCost),
        ("other", Scope.SpendBasis.Other),
        ("weighted-capitation", Scope.SpendBasis.WeightedCapitation));

    /// <summary>The kinds of rate or amount change; a shift and VAT are written <see cref="Shift"/> and <see cref="Vat"/>.</summary>
    public static WordList<AdjustmentKind> AdjustmentKind { get; } = new(
        "adjustment kind",
        ("inflation", Budgets.AdjustmentKind.Inflation),
        ("efficiency", Budgets.AdjustmentKind.Efficiency),
        ("population-growth", Budgets.AdjustmentKind.PopulationGrowth),
        ("demography", Budgets.AdjustmentKind.Demography),
        ("growth", Budgets.AdjustmentKind.Growth),
        ("savings", Budgets.AdjustmentKind.Savings));

    public static WordList<InstalmentFrequency> Instalments { get; } = new(
        "instalment frequency",
        ("monthly", InstalmentFrequency.Monthly),
        ("quarterly", InstalmentFrequency.Quarterly),
        ("annual", InstalmentFrequency.Annual));

    public static WordList<OutcomeAggregation> Aggregation { get; } = new(
        "outcome aggregation",
        ("all-or-nothing", OutcomeAggregation.AllOrNothing),
        ("proportional", OutcomeAggregation.Proportional),
        ("per-indicator", OutcomeAggregation.PerIndicator));

    public static WordList<FeeBasis> FeeBasis { get; } = new(
        "fee basis",
        ("within", Payments.FeeBasis.WithinContractValue),
        ("on-top", Payments.FeeBasis.OnTop));

    public static WordList<IndicatorCategory> Category { get; } = new(
        "indicator category",
        ("planning", IndicatorCategory.Planning),
        ("implementation", IndicatorCategory.ImplementationAndReview),
        ("outcome-metric", IndicatorCategory.OutcomeMetric));

    public static WordList<MetricDirection> Direction { get; } = new(
        "metric direction",
        ("higher-is-better", MetricDirection.HigherIsBetter),
        ("lower-is-better", MetricDirection.LowerIsBetter));

    public static WordList<RiskMeasure> RiskMeasure { get; } = new(
        "risk measure",
        ("spend-against-plan", RiskReward.RiskMeasure.SpendAgainstPlan),
        ("fixed-element-surplus", RiskReward.RiskMeasure.FixedElementSurplus),
        ("whole-contract", RiskReward.RiskMeasure.WholeContract));

    public static WordList<BandUnit> BandUnit { get; } = new(
        "band unit",
        ("money", RiskReward.BandUnit.Money),
        ("percent-of-plan", RiskReward.BandUnit.PercentOfPlan));

    public static WordList<SuspensionDecision> SuspensionDecision { get; } = new(
        "suspension decision",
        ("unanimous", RiskReward.SuspensionDecision.Unanimous),
        ("majority", RiskReward.SuspensionDecision.Majority),
        ("commissioners", RiskReward.SuspensionDecision.Commissioners));

    public static WordList<LossRateRule> LossRate { get; } = new(
        "loss rate rule",
        ("complement", LossRateRule.ComplementOfSharingRate),
        ("flat", LossRateRule.Flat));

    /// <summary>A milestone's result in actuals.</summary>
    public static WordList<MilestoneStatus> MilestoneResult { get; } = new(
        "milestone result",
        ("achieved", MilestoneStatus.Achieved),
        ("partly", MilestoneStatus.PartlyAchieved),
        ("not-achieved", MilestoneStatus.NotAchieved));

    /// <summary>The parts of a provider's contract value, as budgets and statements name them.</summary>
    public static WordList<PaymentElement> PaymentElement { get; } = new(
        "payment element",
        ("fixed", Allocation.PaymentElement.Fixed),
        ("variable", Allocation.PaymentElement.Variable),
        ("outcome", Allocation.PaymentElement.Outcome),
        ("management-fee", Allocation.PaymentElement.ManagementFee),
        ("cost-reimbursement", Allocation.PaymentElement.CostReimbursement));

    /// <summary>The kinds of money on a statement line, as statements and <c>explain --element</c> name them.</summary>
    public static WordList<StatementElement> StatementElement { get; } = new(
        "statement element",
        ("fixed", Settlement.StatementElement.Fixed),
        ("variable", Settlement.StatementElement.Variable),
        ("outcome", Settlement.StatementElement.Outcome),
        ("management-fee", Settlement.StatementElement.ManagementFee),
        ("risk-share", Settlement.StatementElement.RiskShare),
        ("shared-savings", Settlement.StatementElement.SharedSavings),
        ("corridor", Settlement.StatementElement.Corridor),
        ("adjustment", Settlement.StatementElement.Adjustment),
        ("cost-reimbursement", Settlement.StatementElement.CostReimbursement));
}
