using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.RiskReward;
using CareLedger.Domain.Scope;
using CareLedger.Domain.Settlement;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Engine;

/// <summary>
/// Invariants over many random contracts and actuals (seeded, so each run checks the same cases): money is
/// conserved, the checks pass, and settling the months and then the year gives each party exactly its entitlement
/// for the year.
/// </summary>
public sealed class SettlementProperties
{
    private const int Cases = 60;
    private static readonly Id<ServiceLine> Elective = Id<ServiceLine>.Of("elective");

    [Fact]
    public void Months_then_the_year_end_pay_each_party_exactly_its_year_and_every_check_passes()
    {
        var random = new Random(2017);
        for (var i = 0; i < Cases; i++)
        {
            var (contract, actuals) = RandomCase(random);
            var plan = BudgetEngine.Build(contract);
            var allocations = AllocationEngine.Allocate(plan);
            foreach (var year in contract.Term.Calendar.Years)
            {
                var label = $"case {i}, {year.Label}";
                var yearEnd = SettlementEngine.Settle(plan, allocations, actuals, year.AsPeriod());
                Assert.True(yearEnd.AllChecksPassed, label + ": " + string.Join("; ", yearEnd.Checks.Where(check => !check.Passed).Select(check => check.Name + " " + check.Detail)));

                var inYear = contract.Payment.Fixed.Instalments.Frequency == InstalmentFrequency.Monthly ? year.Months() : year.Quarters();
                var periods = inYear.Select(period => SettlementEngine.Settle(plan, allocations, actuals, period)).ToArray();
                foreach (var period in periods)
                {
                    Assert.True(period.AllChecksPassed, label + " " + period.Period.Label);
                    Assert.True(Money.Sum(period.Statements.Select(statement => statement.Total), Currency.Gbp).IsZero, label);
                }

                foreach (var party in contract.Parties)
                {
                    var paidInYear = Money.Sum(periods.SelectMany(period => period.Statements).Where(statement => statement.Party.Id == party.Id).Select(statement => statement.Total), Currency.Gbp);
                    var settledAtYearEnd = yearEnd.Statements.Any(statement => statement.Party.Id == party.Id);
                    var balance = settledAtYearEnd ? yearEnd.StatementFor(party.Id).Total : Money.Zero(Currency.Gbp);
                    var entitlement = settledAtYearEnd ? yearEnd.EntitlementOf(party.Id) : Money.Zero(Currency.Gbp);
                    Assert.True(paidInYear + balance == entitlement, $"{label}, {party.Id}: in-year {paidInYear} + year end {balance} ≠ year {entitlement}");
                }
            }
        }
    }

    [Fact]
    public void Every_quarter_is_exactly_its_months_party_by_party_counterparty_by_counterparty_and_element_by_element()
    {
        var random = new Random(1066);
        for (var i = 0; i < Cases; i++)
        {
            var (contract, actuals) = RandomCase(random);
            var plan = BudgetEngine.Build(contract);
            var allocations = AllocationEngine.Allocate(plan);
            foreach (var quarter in contract.Term.Calendar.Years.SelectMany(year => year.Quarters()))
            {
                var label = $"case {i} ({(contract.Funding.Pooled ? "pooled" : "paid directly")}), {quarter.Label}";
                var whole = SettlementEngine.Settle(plan, allocations, actuals, quarter);
                var months = quarter.Year.Months().Where(month => (month.Number - 1) / 3 == quarter.Number - 1)
                    .Select(month => SettlementEngine.Settle(plan, allocations, actuals, month))
                    .ToArray();

                Assert.Equal(ByKey([whole]), ByKey(months));
                Assert.True(whole.AllChecksPassed, label);
                var totals = SettlementEngine.SettleTotals(plan, allocations, actuals, quarter);
                foreach (var statement in whole.Statements)
                {
                    foreach (var element in Enum.GetValues<StatementElement>())
                    {
                        Assert.Equal(statement.TotalOf(element), totals.EntitlementOf(statement.Party.Id, element));
                    }
                }
            }
        }
    }

    [Fact]
    public void Risk_shares_never_exceed_a_participants_cap()
    {
        var random = new Random(1618);
        for (var i = 0; i < Cases; i++)
        {
            var (contract, actuals) = RandomCase(random);
            var settlement = SettlementEngine.Settle(contract, actuals, contract.Term.Calendar.Years[0].AsPeriod());
            var item = contract.RiskReward.Items.Single();
            foreach (var cap in item.Loss.Caps.Concat(item.Gain.Caps))
            {
                var moved = settlement.Statements
                    .Where(statement => statement.Party.Id == cap.Party)
                    .SelectMany(statement => statement.Lines)
                    .Where(line => line.Element == StatementElement.RiskShare)
                    .Aggregate(Money.Zero(Currency.Gbp), (sum, line) => sum + line.Amount.Abs());
                Assert.True(moved <= cap.Limit.Bound.Amount!.Value, $"case {i}: {cap.Party} moved {moved} against a cap of {cap.Limit}");
            }
        }
    }

    /// <summary>Every amount of the settlements, summed per party, counterparty and element (zero sums left out).</summary>
    private static SortedDictionary<string, decimal> ByKey(IEnumerable<PeriodSettlement> settlements)
    {
        var sums = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in settlements.SelectMany(settlement => settlement.Statements).SelectMany(statement => statement.Lines))
        {
            var key = $"{line.Party} with {line.Counterparty}: {line.Element.ToSpecName()}";
            sums[key] = sums.GetValueOrDefault(key) + line.Amount.Amount;
        }

        foreach (var zero in sums.Where(pair => pair.Value == 0m).Select(pair => pair.Key).ToArray())
        {
            sums.Remove(zero);
        }

        return sums;
    }

    private static (Contract Contract, ContractActuals Actuals) RandomCase(Random random)
    {
        var providers = random.Next(2, 5);
        var builder = new ContractBuilder()
            .Term(2016, 4, random.Next(0, 2) == 0 ? 12 : 24)
            .Rounding(random.Next(0, 2) == 0 ? RoundingRule.HalfUp : RoundingRule.HalfEven)
            .Party("ccg", PartyRole.Commissioner)
            .Party("council", PartyRole.LocalAuthority)
            .Funding("ccg", Share.FromFraction(random.Next(1, 9), 9))
            .Funding("council", Share.FromFraction(random.Next(1, 9), 7));
        var ids = new List<Id<Party>>();
        for (var p = 0; p < providers; p++)
        {
            builder.Party($"p{p}", PartyRole.Provider).Cell("elective", $"p{p}", random.Next(1_000_000, 90_000_000) + (random.Next(0, 100) / 100m));
            ids.Add(Id<Party>.Of($"p{p}"));
        }

        var indicator = new Indicator(Id<Indicator>.Of("plan"), "Plan", IndicatorCategory.Planning, Percentage.Hundred, new MilestoneMeasure(Percentage.FromPercent(50m)));
        var framework = new OutcomesFramework(Id<OutcomesFramework>.Of("f"), "Framework", [new Outcome(Id<Outcome>.Of("o"), "Outcome", Percentage.Hundred, [indicator])]);
        var scope = new CellScope(new HashSet<Id<ServiceLine>> { Elective }, null);
        var payment = new PaymentTerms(
            new FixedElementTerms(null, new InstalmentSchedule(random.Next(0, 2) == 0 ? InstalmentFrequency.Monthly : InstalmentFrequency.Quarterly)),
            new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.FromPercent(random.Next(0, 400) / 100m)), [
                new VolumeMechanism(Id<VariableMechanism>.Of("volume"), "Volume", scope, Money.Gbp(random.Next(100, 3000)), Percentage.FromPercent(75m), Percentage.FromPercent(50m), Percentage.FromPercent(random.Next(0, 5)), Limit.Of(Percentage.FromPercent(random.Next(1, 10))), Limit.Of(Money.Gbp(random.Next(10_000, 500_000)))),
                new PatientChoiceMechanism(Id<VariableMechanism>.Of("choice"), "Choice", scope, ids, Limit.Of(Percentage.FromPercent(random.Next(1, 5))), Limit.Of(Money.Gbp(random.Next(10_000, 300_000))), null),
            ]),
            new OutcomeElementTerms(
                YearSchedule<Percentage>.Constant(Percentage.FromPercent(random.Next(0, 1500) / 100m)),
                YearSchedule<Id<OutcomesFramework>>.Constant(framework.Id),
                (OutcomeAggregation)random.Next(0, 3),
                Percentage.Hundred,
                YearSchedule<OutcomePhase>.Constant(new OutcomePhase(random.Next(0, 3) > 0, [Percentage.FromPercent(25m), Percentage.FromPercent(50m), Percentage.FromPercent(75m), Percentage.Hundred]))),
            [],
            []);
        var participants = ids.Take(2).Select(id => new PartyShare(id, Share.FromFraction(1, 4))).Append(new PartyShare(Id<Party>.Of("ccg"), Share.FromFraction(1, 2))).ToArray();
        var caps = new[] { new ParticipantCap(ids[0], Limit.Of(Money.Gbp(random.Next(1_000, 400_000)))) };
        var side = new SharingSide(true, BandUnit.Money, [new SharingBand(0m, null, participants)], caps);
        var item = new RiskRewardItem(Id<RiskRewardItem>.Of("acute"), "Acute activity", null, RiskMeasure.SpendAgainstPlan, scope, YearSchedule<Money>.Constant(Money.Gbp(10_000_000m)), new GatewayAnswers(true, true, true), true, participants, side, side);
        var built = builder.WithPayment(payment).Build();
        var contract = built with
        {
            Frameworks = [framework],
            RiskReward = new RiskRewardAccount([item], null),
            Funding = built.Funding with { Pooled = random.Next(0, 2) == 0 },
        };

        var activity = new List<ActivityActual>();
        var results = new List<IndicatorResult>();
        var risk = new List<RiskItemActual>();
        foreach (var year in contract.Term.Calendar.Years)
        {
            foreach (var month in year.Months())
            {
                foreach (var id in ids)
                {
                    var planned = random.Next(100, 2000);
                    activity.Add(new ActivityActual(month, id, Elective, planned, Math.Max(0, planned + random.Next(-300, 300)), null, null, null));
                }
            }

            results.Add(new IndicatorResult(year.AsPeriod(), indicator.Id, (MilestoneStatus)random.Next(0, 3), null, "minutes"));
            risk.Add(new RiskItemActual(year, item.Id, null, Money.Gbp(10_000_000m + random.Next(-2_000_000, 2_000_000))));
        }

        return (contract, ContractActuals.Empty with { Activity = activity, Indicators = results, RiskItems = risk });
    }
}
