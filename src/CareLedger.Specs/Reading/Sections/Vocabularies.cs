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

/// <summary>The domain vocabularies as keys of the contract format read them; the words themselves are <see cref="SpecWords"/>'.</summary>
internal static class Vocabularies
{
    public static Vocabulary<ContractModel> Model { get; } = new(SpecWords.Model);

    public static Vocabulary<RoundingRule> Rounding { get; } = new(SpecWords.Rounding);

    public static Vocabulary<PartyRole> Role { get; } = new(SpecWords.Role);

    public static Vocabulary<Membership> Membership { get; } = new(SpecWords.Membership);

    public static Vocabulary<PopulationBasis> PopulationBasis { get; } = new(SpecWords.PopulationBasis);

    public static Vocabulary<ToleranceAdjustment> ToleranceAdjustment { get; } = new(SpecWords.ToleranceAdjustment);

    public static Vocabulary<TopSliceKind> TopSliceKind { get; } = new(SpecWords.TopSliceKind);

    public static Vocabulary<SpendBasis> SpendBasis { get; } = new(SpecWords.SpendBasis);

    public static Vocabulary<InstalmentFrequency> Instalments { get; } = new(SpecWords.Instalments);

    public static Vocabulary<OutcomeAggregation> Aggregation { get; } = new(SpecWords.Aggregation);

    public static Vocabulary<FeeBasis> FeeBasis { get; } = new(SpecWords.FeeBasis);

    public static Vocabulary<IndicatorCategory> Category { get; } = new(SpecWords.Category);

    public static Vocabulary<MetricDirection> Direction { get; } = new(SpecWords.Direction);

    public static Vocabulary<RiskMeasure> RiskMeasure { get; } = new(SpecWords.RiskMeasure);

    public static Vocabulary<BandUnit> BandUnit { get; } = new(SpecWords.BandUnit);

    public static Vocabulary<SuspensionDecision> SuspensionDecision { get; } = new(SpecWords.SuspensionDecision);

    public static Vocabulary<LossRateRule> LossRate { get; } = new(SpecWords.LossRate);
}
