using CareLedger.Domain.Actuals;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Population;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Population;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Population;

/// <summary>
/// Cambridgeshire and Peterborough older people, scaled: 150,000 people aged 65+ in April 2015, projected to grow
/// 2.5% a year; a ±0.5-point growth tolerance. Two providers: "uniting-care" (£100m) and "cpft" (£60m) in year 1,
/// both uplifted 2.5% a year for growth, so year 2 is £102.5m and £61.5m (5 : 3) and the whole-population budget
/// £164,000,000.00 for 153,750 projected heads.
/// </summary>
internal static class ToleranceScenario
{
    public static readonly SourceRef ToleranceSource = new("contract.yaml", "population.growth_tolerance", 30, 3);

    public static readonly Id<Party> Commissioner = Id<Party>.Of("cambs-ccg");

    public static readonly Id<Party> UnitingCare = Id<Party>.Of("uniting-care");

    public static readonly Id<Party> Cpft = Id<Party>.Of("cpft");

    public static GrowthTolerance Tolerance(ToleranceAdjustment adjustment = ToleranceAdjustment.ExcessOnly, Money? pricePerHead = null) =>
        new(Percentage.FromPercent(0.5m), adjustment, pricePerHead, ToleranceSource);

    public static PopulationDefinition Cambridgeshire(GrowthTolerance? tolerance) => new(
        "People aged 65 and over registered with Cambridgeshire and Peterborough practices",
        PopulationBasis.AgeGroup,
        150_000,
        new YearMonth(2015, 4),
        null,
        [],
        [],
        YearSchedule<Percentage>.Constant(Percentage.FromPercent(2.5m)),
        tolerance);

    public static Contract Contract(GrowthTolerance? tolerance) => new ContractBuilder()
        .Term(2015, 4, 60)
        .Party("cambs-ccg", PartyRole.Commissioner)
        .Party("uniting-care", PartyRole.Prime)
        .Party("cpft", PartyRole.Provider)
        .Cell("acute", "uniting-care", 100_000_000.00m)
        .Cell("community", "cpft", 60_000_000.00m)
        .Rate(AdjustmentKind.Growth, 2.5m, ContractBuilder.Years(2, 3, 4, 5))
        .Build() with { Population = Cambridgeshire(tolerance) };

    public static PopulationActual Count(Contract contract, int year, int heads) =>
        new(contract.Term.Calendar.Years[year - 1], heads, new SourceRef("actuals.csv", $"population[{year}]", year + 1, 1));

    public static SettlementContext Settle(Contract contract, int year, params PopulationActual[] counts) =>
        RuleHarness.SettleYearEnd(new PopulationToleranceRule(), contract, ContractActuals.Empty with { Population = counts }, year);

    /// <summary>What a provider receives as the adjustment (negative: it repays).</summary>
    public static Money AdjustmentOf(SettlementContext context, Id<Party> provider) =>
        Money.Sum(context.Lines.Where(line => line.Party == provider && line.Element == StatementElement.Adjustment).Select(line => line.Amount), Currency.Gbp);
}
