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
using static CareLedger.TestSupport.Values;

using static CareLedger.TestSupport.ContractBuilder;

namespace CareLedger.TestSupport;

/// <summary>
/// The Riverside alliance, a small contract that passes every rule: a CCG and a council pooling two-thirds and
/// one-third, a hospital and a community trust, three financial years from 2016/17, with one of each kind of term.
/// </summary>
internal static class Riverside
{
    public static Contract Contract() => new(
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
                EveryYear(IdOf<OutcomesFramework>(ContractBuilder.FrameworkId)),
                OutcomeAggregation.AllOrNothing,
                Percentage.Hundred,
                EveryYear(new OutcomePhase(true, [Percentage.Hundred]))),
            [],
            []),
        [Framework()],
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

    private static OutcomesFramework Framework() => new(
        IdOf<OutcomesFramework>(ContractBuilder.FrameworkId),
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
