using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Corridors;
using CareLedger.Domain.SharedSavings;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Corridors;

/// <summary>
/// A prime ("circle") settled with its commissioner through the US marketplace corridor: 0% of the difference
/// between 97% and 103% of target, 50% between 92–97% and 103–108%, 80% beyond. The target is the prime's contract
/// value (£26,500,000.00, Bedfordshire MSK year 1) unless the terms or the actuals give one.
/// </summary>
internal static class CorridorScenario
{
    public static readonly SourceRef TermsSource = new("contract.yaml", "risk_corridors[0]", 240, 5);

    public static readonly SourceRef ActualSource = new("actuals.csv", "corridors[1]", 2, 1);

    public static readonly Id<Party> Entity = Id<Party>.Of("circle");

    public static readonly Id<Party> Payer = Id<Party>.Of("bedfordshire-ccg");

    public static readonly Id<RiskCorridorTerms> CorridorId = Id<RiskCorridorTerms>.Of("marketplace");

    public static IReadOnlyList<CorridorBand> Marketplace() =>
    [
        Band(0m, 92m, "80%"),
        Band(92m, 97m, "50%"),
        Band(97m, 103m, "0%"),
        Band(103m, 108m, "50%"),
        Band(108m, null, "80%"),
    ];

    public static CorridorBand Band(decimal from, decimal? to, string payerShare) =>
        new(Percentage.FromPercent(from), to is { } top ? Percentage.FromPercent(top) : null, Share.Parse(payerShare));

    public static RiskCorridorTerms Terms(Money? target = null, IReadOnlyList<CorridorBand>? bands = null) => new(
        CorridorId,
        "Marketplace corridor",
        Entity,
        Payer,
        target is { } amount ? YearSchedule<Money>.Constant(amount) : null,
        bands ?? Marketplace(),
        YearSelector.All,
        TermsSource);

    public static Contract Contract(RiskCorridorTerms terms, RoundingRule rounding = RoundingRule.HalfUp) => new ContractBuilder()
        .Term(2014, 4, 60)
        .Rounding(rounding)
        .Party("bedfordshire-ccg", PartyRole.Commissioner)
        .Party("circle", PartyRole.Prime)
        .Cell("msk", "circle", 26_500_000.00m)
        .Build() with { Corridors = [terms] };

    public static CorridorActual Actual(Contract contract, decimal cost, decimal? target = null, int year = 1) => new(
        contract.Term.Calendar.Years[year - 1],
        CorridorId,
        Money.Gbp(cost),
        target is { } amount ? Money.Gbp(amount) : null,
        ActualSource);

    public static SettlementContext Settle(Contract contract, int year, params CorridorActual[] actuals) =>
        RuleHarness.SettleYearEnd(new CorridorRule(), contract, ContractActuals.Empty with { Corridors = actuals }, year);

    public static StatementLine LineOf(SettlementContext context, Id<Party> party) =>
        Assert.Single(context.Lines, line => line.Party == party && line.Element == StatementElement.Corridor);

    /// <summary>What the entity receives (negative: pays) under the corridor.</summary>
    public static Money ToEntity(SettlementContext context) => LineOf(context, Entity).Amount;
}
