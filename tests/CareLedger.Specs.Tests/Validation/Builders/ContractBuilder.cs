using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Population;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;
using static CareLedger.Specs.Tests.Validation.Builders.Values;

namespace CareLedger.Specs.Tests.Validation.Builders;

/// <summary>
/// Builds a small contract that passes every rule — the Riverside alliance: a CCG and a council pooling two-thirds
/// and one-third, a hospital and a community trust, three financial years from 2016/17 — and lets a test change
/// one thing before <see cref="Build"/> records fake locations for every key.
/// </summary>
public sealed class ContractBuilder
{
    public const string Ccg = "riverside-ccg";
    public const string Council = "riverside-council";
    public const string Hospital = "city-hospital";
    public const string Community = "community-health";
    public const string Acute = "acute";
    public const string CommunityCare = "community";
    public const string FrameworkId = "riverside-outcomes";

    private readonly List<Func<Contract, object>> _unwritten = [];
    private Contract _contract = Valid();

    public static ContractBuilder AValidContract() => new();

    public ContractBuilder With(Func<Contract, Contract> change)
    {
        _contract = change(_contract);
        return this;
    }

    public ContractBuilder WithModel(ContractModel model) => With(contract => contract with { Model = model });

    public ContractBuilder WithParty(Party party) => With(contract => contract with { Parties = [.. contract.Parties, party] });

    public ContractBuilder ChangeParty(string id, Func<Party, Party> change) =>
        With(contract => contract with { Parties = contract.Parties.Select(party => party.Id.Value == id ? change(party) : party).ToArray() });

    public ContractBuilder WithFunding(bool pooled, params (string Party, string Share)[] shares) =>
        With(contract => contract with { Funding = new Funding(pooled, shares.Select(share => new FundingShare(IdOf<Party>(share.Party), Part(share.Share))).ToArray()) });

    /// <summary>Leaves out the funding section, as the reader does when it is not written: no shares, and no location.</summary>
    public ContractBuilder WithoutFundingSection()
    {
        _unwritten.Add(contract => contract.Funding);
        return With(contract => contract with { Funding = new Funding(false, []) });
    }

    public ContractBuilder WithPopulation(Func<PopulationDefinition, PopulationDefinition> change) =>
        With(contract => contract with { Population = change(contract.Population!) });

    public ContractBuilder WithTopSlice(TopSlice slice) => With(contract => contract with { TopSlices = [.. contract.TopSlices, slice] });

    public ContractBuilder WithCell(string serviceLine, string provider, decimal amount) =>
        With(contract => contract with
        {
            Baseline = contract.Baseline with
            {
                Cells = [.. contract.Baseline.Cells, new BaselineCell(IdOf<ServiceLine>(serviceLine), IdOf<Party>(provider), Gbp(amount), SpendBasis.BlockEstimate)],
            },
        });

    public ContractBuilder WithCells(params BaselineCell[] cells) =>
        With(contract => contract with { Baseline = contract.Baseline with { Cells = cells } });

    public ContractBuilder WithAdjustment(BudgetAdjustment adjustment) =>
        With(contract => contract with { Adjustments = [.. contract.Adjustments, adjustment] });

    public ContractBuilder WithPayment(Func<PaymentTerms, PaymentTerms> change) =>
        With(contract => contract with { Payment = change(contract.Payment) });

    public ContractBuilder WithFixedShare(string share) =>
        WithPayment(payment => payment with { Fixed = payment.Fixed with { Share = Pct(share) } });

    public ContractBuilder WithOutcomeShare(YearSchedule<Percentage> share) =>
        WithPayment(payment => payment with { Outcome = payment.Outcome! with { PotShare = share } });

    public ContractBuilder WithVariableShare(string share) =>
        WithPayment(payment => payment with { Variable = payment.Variable! with { PlannedShare = EveryYear(Pct(share)) } });

    public ContractBuilder WithManagementFee(string payee, string rate, FeeBasis basis = FeeBasis.WithinContractValue) =>
        WithPayment(payment => payment with { ManagementFees = [new ManagementFeeTerms(IdOf<Party>(payee), EveryYear(Pct(rate)), null, basis, null)] });

    public ContractBuilder WithOverride(ProviderPaymentOverride entry) =>
        WithPayment(payment => payment with { Overrides = [.. payment.Overrides, entry] });

    public ContractBuilder WithInstalmentProfile(InstalmentFrequency frequency, params string[] shares) =>
        WithPayment(payment => payment with { Fixed = payment.Fixed with { Instalments = new InstalmentSchedule(frequency, shares.Select(Part).ToArray()) } });

    public ContractBuilder WithFrameworks(params OutcomesFramework[] frameworks) =>
        With(contract => contract with { Frameworks = frameworks });

    /// <summary>Makes <paramref name="framework"/> the contract's only framework and the one the outcome element uses.</summary>
    public ContractBuilder UsingFramework(OutcomesFramework framework) =>
        WithFrameworks(framework)
            .WithPayment(payment => payment with { Outcome = payment.Outcome! with { Framework = EveryYear(framework.Id) } });

    public ContractBuilder WithRiskItem(Func<RiskRewardItem, RiskRewardItem> change) =>
        With(contract => contract with { RiskReward = contract.RiskReward with { Items = contract.RiskReward.Items.Select(change).ToArray() } });

    public ContractBuilder WithCorridorBands(params CorridorBand[] bands) =>
        With(contract => contract with { Corridors = contract.Corridors.Select(corridor => corridor with { Bands = bands }).ToArray() });

    public ContractBuilder WithSharedSavings(Func<SharedSavingsTerms, SharedSavingsTerms> change) =>
        With(contract => contract with { SharedSavings = contract.SharedSavings.Select(change).ToArray() });

    public TestContract Build() => new(_contract, FakeLocations.For(_contract, _unwritten.Select(select => select(_contract)).ToArray()));

    public static PartyShare ShareOf(string party, string share) => new(IdOf<Party>(party), Part(share));

    public static SharingBand Band(decimal from, decimal? to, params PartyShare[] shares) => new(from, to, shares);

    public static CorridorBand Corridor(string from, string? to, string payerShare) =>
        new(Pct(from), to is null ? null : Pct(to), Part(payerShare));

    private static Contract Valid() => new(
        IdOf<Contract>("riverside-alliance"),
        "Riverside integrated care alliance",
        ContractModel.Alliance,
        Currency.Gbp,
        RoundingRule.HalfUp,
        new Term(new YearMonth(2016, 4), 36, 4, []),
        [
            Parties.Commissioner(Ccg, "Riverside CCG"),
            Parties.Of(Council, "Riverside Council", PartyRole.LocalAuthority),
            Parties.Provider(Hospital, "City Hospital NHS Trust") with { Membership = Membership.Full },
            Parties.Provider(Community, "Community Health Trust") with { Membership = Membership.Full },
        ],
        new Funding(true, [new FundingShare(IdOf<Party>(Ccg), Part("2/3")), new FundingShare(IdOf<Party>(Council), Part("1/3"))]),
        new PopulationDefinition(
            "Registered population of Riverside practices",
            PopulationBasis.RegisteredList,
            100_000,
            new YearMonth(2016, 4),
            null,
            [new AgeBand(0, 64, 82_000), new AgeBand(65, null, 18_000)],
            [],
            EveryYear(Pct("1%")),
            new GrowthTolerance(Pct("0.5%"), ToleranceAdjustment.ExcessOnly)),
        [new ServiceLine(IdOf<ServiceLine>(Acute), "Acute care", true), new ServiceLine(IdOf<ServiceLine>(CommunityCare), "Community care", true)],
        [],
        [new TopSlice(IdOf<TopSlice>("ooa"), "Out-of-area activity", TopSliceKind.OutOfArea, EveryYear(Gbp(1_000_000m)), null, new CellScope(Ids<ServiceLine>(Acute), null))],
        new Baseline(
            new FinancialYear(new YearMonth(2015, 4)),
            [
                new BaselineCell(IdOf<ServiceLine>(Acute), IdOf<Party>(Hospital), Gbp(60_000_000m), SpendBasis.ActivityTimesTariff),
                new BaselineCell(IdOf<ServiceLine>(CommunityCare), IdOf<Party>(Community), Gbp(30_000_000m), SpendBasis.BlockEstimate),
            ],
            "Outturn"),
        [
            new RateAdjustment("Inflation", AdjustmentKind.Inflation, Pct("2%"), YearSelector.All, CellScope.Everything),
            new RateAdjustment("Efficiency", AdjustmentKind.Efficiency, Pct("1.5%"), YearSelector.All, CellScope.Everything),
        ],
        new PaymentTerms(
            new FixedElementTerms(null, InstalmentSchedule.Monthly),
            new VariableElementTerms(
                EveryYear(Pct("3%")),
                [
                    new VolumeMechanism(
                        IdOf<VariableMechanism>("acute-volume"),
                        "Elective activity against plan",
                        new CellScope(Ids<ServiceLine>(Acute), Ids<Party>(Hospital)),
                        null,
                        Pct("75%"),
                        Pct("50%"),
                        Pct("2%"),
                        Limit.Of(Pct("5%")),
                        Limit.Of(Pct("5%"))),
                ]),
            new OutcomeElementTerms(
                EveryYear(Pct("2%")),
                EveryYear(IdOf<OutcomesFramework>(FrameworkId)),
                OutcomeAggregation.AllOrNothing,
                Percentage.Hundred,
                EveryYear(new OutcomePhase(true, [Percentage.Hundred]))),
            [],
            []),
        [RiversideFramework()],
        new RiskRewardAccount([AcuteActivityItem()], new SuspensionClause("A flu pandemic or similar", SuspensionDecision.Unanimous, true)),
        [
            new SharedSavingsTerms(
                IdOf<SharedSavingsTerms>("benchmark-savings"),
                "Shared savings against the benchmark",
                IdOf<Party>(Hospital),
                IdOf<Party>(Ccg),
                new Benchmark(Gbp(500m), null),
                Pct("2%"),
                Pct("2%"),
                Pct("50%"),
                true,
                Pct("10%"),
                new LossSharing(LossRateRule.ComplementOfSharingRate, null, Pct("40%"), Pct("75%"), Pct("5%")),
                Pct("2%"),
                YearSelector.All),
        ],
        [
            new RiskCorridorTerms(
                IdOf<RiskCorridorTerms>("acute-corridor"),
                "Acute cost corridor",
                IdOf<Party>(Hospital),
                IdOf<Party>(Ccg),
                null,
                [Corridor("0%", "97%", "50%"), Corridor("97%", "103%", "0%"), Corridor("103%", null, "50%")],
                YearSelector.All),
        ]);

    private static OutcomesFramework RiversideFramework() => new(
        IdOf<OutcomesFramework>(FrameworkId),
        "Riverside outcomes 2016/17",
        [
            new Outcome(
                IdOf<Outcome>("frailty"),
                "Fewer emergency admissions for frail older people",
                Pct("60%"),
                [
                    new Indicator(IdOf<Indicator>("frailty-plan"), "Frailty pathway plan", IndicatorCategory.Planning, Pct("20%"), new MilestoneMeasure(Pct("50%"))),
                    new Indicator(
                        IdOf<Indicator>("frailty-admissions"),
                        "Emergency admissions of people aged 75+ per 1,000",
                        IndicatorCategory.OutcomeMetric,
                        Pct("40%"),
                        new MetricMeasure(
                            14.2m,
                            EveryYear(13.5m),
                            MetricDirection.LowerIsBetter,
                            new BandedScoring([new ScoreBand(Pct("50%"), Pct("50%")), new ScoreBand(Pct("100%"), Pct("100%"))]),
                            "per 1,000 population")),
                ]),
            new Outcome(
                IdOf<Outcome>("end-of-life"),
                "Dying in the place of preference",
                Pct("40%"),
                [
                    new Indicator(IdOf<Indicator>("eol-plan"), "End-of-life action plan", IndicatorCategory.Planning, Pct("20%"), new MilestoneMeasure(Pct("50%"))),
                    new Indicator(IdOf<Indicator>("eol-epaccs"), "Roll out EPaCCS", IndicatorCategory.ImplementationAndReview, Pct("20%"), new MilestoneMeasure(Pct("50%"))),
                ]),
        ]);

    private static RiskRewardItem AcuteActivityItem() => new(
        IdOf<RiskRewardItem>("acute-activity"),
        "Non-elective activity above plan after investment in community teams",
        null,
        RiskMeasure.SpendAgainstPlan,
        new CellScope(Ids<ServiceLine>(Acute), Ids<Party>(Hospital)),
        EveryYear(Gbp(20_000_000m)),
        new GatewayAnswers(true, true, true),
        true,
        [ShareOf(Hospital, "50%"), ShareOf(Community, "25%"), ShareOf(Ccg, "25%")],
        new SharingSide(true, BandUnit.Money, [Band(0m, null)], []),
        new SharingSide(
            true,
            BandUnit.PercentOfPlan,
            [Band(0m, 2m, ShareOf(Ccg, "100%")), Band(2m, null)],
            [new ParticipantCap(IdOf<Party>(Community), Limit.Of(Pct("1%")))]));
}
