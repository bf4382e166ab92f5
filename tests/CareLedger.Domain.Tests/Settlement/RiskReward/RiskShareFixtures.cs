using CareLedger.Domain.Actuals;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.RiskReward;

/// <summary>
/// Contracts, items and a runner for the risk/reward share tests. Mid-Notts: two CCGs (Mansfield &amp; Ashfield hosts
/// the pool at 60%), two acute trusts and the community trust, with contract values of £100m, £60m and £20m a year.
/// Bedfordshire: Circle as prime on £26.5m, 95% fixed, as in the budget tests.
/// </summary>
internal static class RiskShareFixtures
{
    public const string Host = "mansfield-ashfield-ccg";
    public const string OtherCcg = "newark-sherwood-ccg";
    public const string Sherwood = "sherwood-forest";
    public const string Nuh = "nuh";
    public const string Community = "notts-healthcare";
    public const string Circle = "circle";
    public const string BedfordshireCcg = "bedfordshire-ccg";
    public const string ActivityName = "Non-elective activity above plan after investment in community teams";

    public static readonly SourceRef ItemSource = new("mid-notts.yaml", "risk_reward.items[0]", 470, 7);

    public static Contract MidNotts(params RiskRewardItem[] items) => new ContractBuilder()
        .Term(2016, 4, 36)
        .Party(Host, PartyRole.Commissioner)
        .Party(OtherCcg, PartyRole.Commissioner)
        .Party(Sherwood, PartyRole.Provider)
        .Party(Nuh, PartyRole.Provider)
        .Party(Community, PartyRole.Provider)
        .Funding(Host, Share.FromPercent(60m))
        .Funding(OtherCcg, Share.FromPercent(40m))
        .Cell("urgent-care", Sherwood, 100_000_000.00m)
        .Cell("urgent-care", Nuh, 60_000_000.00m)
        .Cell("community", Community, 20_000_000.00m)
        .Build() with { RiskReward = new RiskRewardAccount(items, new SuspensionClause("Truly extreme circumstances, e.g. a flu pandemic", SuspensionDecision.Unanimous, PerItem: true)) };

    public static Contract Bedfordshire(params RiskRewardItem[] items) => new ContractBuilder()
        .Term(2014, 4, 60)
        .Party(BedfordshireCcg, PartyRole.Commissioner)
        .Party(Circle, PartyRole.Prime)
        .Cell("msk", Circle, 26_500_000.00m)
        .Rate(AdjustmentKind.Growth, 1.3m, ContractBuilder.Years(2, 3, 4, 5))
        .WithPayment(new PaymentTerms(
            new FixedElementTerms(Percentage.FromPercent(95m), InstalmentSchedule.Monthly),
            null,
            new OutcomeElementTerms(
                YearSchedule<Percentage>.Constant(Percentage.FromPercent(2.5m)),
                YearSchedule<Id<OutcomesFramework>>.Constant(Id<OutcomesFramework>.Of("super-cquin")),
                OutcomeAggregation.PerIndicator,
                Percentage.Hundred,
                YearSchedule<OutcomePhase>.Constant(OutcomePhase.FullyAtRisk)),
            [new ManagementFeeTerms(Id<Party>.Of(Circle), YearSchedule<Percentage>.Constant(Percentage.FromPercent(2.5m)), null, FeeBasis.WithinContractValue, null)],
            []))
        .Build() with { RiskReward = new RiskRewardAccount(items, null) };

    /// <summary>
    /// Bedfordshire's term as the template writes it: Circle keeps the first 5% of the fixed element's value as
    /// surplus, splits anything beyond 50/50 with the CCG, and bears any deficit alone.
    /// </summary>
    public static RiskRewardItem PrimeSurplus() => new(
        Id<RiskRewardItem>.Of("prime-surplus-share"),
        "Circle's surplus or deficit on the 95% fixed element",
        null,
        RiskMeasure.FixedElementSurplus,
        CellScope.Everything,
        null,
        Passed,
        true,
        [Influence(Circle, 50m), Influence(BedfordshireCcg, 50m)],
        new SharingSide(true, BandUnit.PercentOfPlan, [
            new SharingBand(0m, 5m, [Influence(Circle, 100m)]),
            new SharingBand(5m, null, [Influence(Circle, 50m), Influence(BedfordshireCcg, 50m)]),
        ], []),
        new SharingSide(true, BandUnit.PercentOfPlan, [new SharingBand(0m, null, [Influence(Circle, 100m)])], []));

    public static GatewayAnswers Passed { get; } = new(true, true, true);

    /// <summary>A spend-against-plan item shared in one band by the participants' shares unless sides are given.</summary>
    public static RiskRewardItem Activity(
        IReadOnlyList<PartyShare> participants,
        SharingSide? gain = null,
        SharingSide? loss = null,
        decimal? plan = 40_000_000.00m,
        string id = "acute-activity-after-community-investment",
        string name = ActivityName,
        GatewayAnswers? gateway = null,
        bool included = true) => new(
            Id<RiskRewardItem>.Of(id),
            name,
            null,
            RiskMeasure.SpendAgainstPlan,
            CellScope.Everything,
            plan is { } amount ? YearSchedule<Money>.Constant(Money.Gbp(amount)) : null,
            gateway ?? Passed,
            included,
            participants,
            gain ?? WholeSide(participants),
            loss ?? WholeSide(participants),
            ItemSource);

    public static SharingSide WholeSide(IReadOnlyList<PartyShare> participants, params ParticipantCap[] caps) =>
        new(true, BandUnit.Money, [new SharingBand(0m, null, participants)], caps);

    /// <summary>The spec example's shares: acute 30% and 20%, community 25%, host CCG 25%.</summary>
    public static PartyShare[] SpecShares() =>
        [Influence(Sherwood, 30m), Influence(Nuh, 20m), Influence(Community, 25m), Influence(Host, 25m)];

    /// <summary>The template's shares: acute 30% and 15%, community 25%, the CCGs 18% and 12%.</summary>
    public static PartyShare[] TemplateShares() =>
        [Influence(Sherwood, 30m), Influence(Nuh, 15m), Influence(Community, 25m), Influence(Host, 18m), Influence(OtherCcg, 12m)];

    public static PartyShare Influence(string party, decimal percent) => new(Id<Party>.Of(party), Share.FromPercent(percent));

    public static ParticipantCap Cap(string party, Money amount) => new(Id<Party>.Of(party), Limit.Of(amount));

    public static ParticipantCap Cap(string party, decimal percentOfContractValue) =>
        new(Id<Party>.Of(party), Limit.Of(Percentage.FromPercent(percentOfContractValue)));

    public static ContractYear Year(Contract contract, int index) => BudgetEngine.Build(contract).Years[index].Year;

    public static ContractActuals ActualsWith(
        IReadOnlyList<RiskItemActual>? items = null,
        IReadOnlyList<ProviderCostActual>? costs = null,
        IReadOnlyList<Suspension>? suspensions = null) =>
        new([], [], [], items ?? [], costs ?? [], [], [], suspensions ?? []);

    /// <summary>Runs the rule alone for one year end, as the engine would.</summary>
    public static SettlementContext Settle(Contract contract, int yearIndex, ContractActuals actuals) =>
        RuleHarness.SettleYearEnd(new RiskShareRule(), contract, actuals, yearIndex + 1);

    /// <summary>Lines as (party, counterparty, amount) for compact golden assertions.</summary>
    public static (string Party, string Counterparty, decimal Amount)[] Flows(SettlementContext context) =>
        context.Lines.Select(line => (line.Party.Value, line.Counterparty.Value, line.Amount.Amount)).ToArray();

    public static Money RiskShareOf(SettlementContext context, string party) =>
        Money.Sum(context.Lines.Where(line => line.Party.Value == party && line.Element == StatementElement.RiskShare).Select(line => line.Amount), Currency.Gbp);
}
