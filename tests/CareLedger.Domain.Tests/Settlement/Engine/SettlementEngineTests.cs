using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Scope;
using CareLedger.Domain.Settlement;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Engine;

public sealed class SettlementEngineTests
{
    private static readonly Id<Party> Ccg = Id<Party>.Of("ccg");
    private static readonly Id<Party> Trust = Id<Party>.Of("trust");
    private static readonly Id<Party> Community = Id<Party>.Of("community");

    private static Contract TwoProviders(PaymentTerms? payment = null) => new ContractBuilder()
        .Term(2016, 4, 24)
        .Party("ccg", PartyRole.Commissioner)
        .Party("trust", PartyRole.Provider)
        .Party("community", PartyRole.Provider)
        .Cell("elective", "trust", 12_000_000.00m)
        .Cell("community-care", "community", 6_000_000.00m)
        .WithPayment(payment ?? new PaymentTerms(new FixedElementTerms(null, InstalmentSchedule.Monthly), null, null, [], []))
        .Build();

    private static ContractPeriod Period(Contract contract, string label)
    {
        Assert.True(contract.Term.Calendar.TryParse(label, out var period, out var error), error);
        return period!;
    }

    [Fact]
    public void A_month_pays_each_provider_its_monthly_instalment_from_the_commissioner()
    {
        var contract = TwoProviders();

        var settlement = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2016/17-M01"));

        // 12,000,000.00 ÷ 12 = 1,000,000.00 and 6,000,000.00 ÷ 12 = 500,000.00: no odd pennies.
        Assert.Equal(Money.Gbp(1_000_000.00m), settlement.StatementFor(Trust).Total);
        Assert.Equal(Money.Gbp(500_000.00m), settlement.StatementFor(Community).Total);
        Assert.Equal(Money.Gbp(-1_500_000.00m), settlement.StatementFor(Ccg).Total);
        Assert.Equal(Money.Gbp(1_500_000.00m), settlement.CommissionerOutflow);
        Assert.True(settlement.AllChecksPassed, string.Join("; ", settlement.Checks.Where(check => !check.Passed).Select(check => check.Detail)));
        Assert.Equal(StatementElement.Fixed, settlement.StatementFor(Trust).Lines.Single().Element);
    }

    [Fact]
    public void A_year_end_statement_deducts_what_the_months_paid_so_only_the_balance_is_due()
    {
        var contract = TwoProviders();

        var year = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2016/17"));

        // Fixed elements are paid in full by the twelve monthly statements: nothing left at year end.
        Assert.Equal(Money.Gbp(0m), year.StatementFor(Trust).Total);
        Assert.Equal(Money.Gbp(12_000_000.00m), year.EntitlementOf(Trust));
        Assert.Contains(year.StatementFor(Trust).Lines, line => line.OnAccount && line.Amount == Money.Gbp(-12_000_000.00m));
        Assert.True(year.AllChecksPassed);
    }

    [Fact]
    public void Quarterly_instalments_are_paid_in_the_first_month_of_each_quarter()
    {
        var contract = TwoProviders(new PaymentTerms(new FixedElementTerms(null, new InstalmentSchedule(InstalmentFrequency.Quarterly)), null, null, [], []));

        var april = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2016/17-M01"));
        var may = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2016/17-M02"));
        var quarter = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2016/17-Q1"));

        Assert.Equal(Money.Gbp(3_000_000.00m), april.StatementFor(Trust).Total);
        Assert.Empty(may.Statements);
        Assert.Equal(Money.Gbp(3_000_000.00m), quarter.StatementFor(Trust).Total);
    }

    [Fact]
    public void Annual_instalments_are_paid_at_year_end_with_every_check_passing()
    {
        var contract = TwoProviders(new PaymentTerms(new FixedElementTerms(null, new InstalmentSchedule(InstalmentFrequency.Annual)), null, null, [], []));

        var april = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2016/17-M01"));
        var year = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2016/17"));

        // Nothing is paid in-year, so the year end pays each provider its whole fixed element and deducts nothing.
        Assert.Empty(april.Statements);
        Assert.Equal(Money.Gbp(12_000_000.00m), year.StatementFor(Trust).Total);
        Assert.DoesNotContain(year.Checks, check => check.Name == "Nothing paid twice across periods");
        Assert.True(year.AllChecksPassed, string.Join("; ", year.Checks.Where(check => !check.Passed).Select(check => check.Detail)));
    }

    [Fact]
    public void Pooled_funders_contribute_their_share_of_what_the_host_pays_out()
    {
        var contract = new ContractBuilder()
            .Term(2014, 10, 42)
            .Party("salford-ccg", PartyRole.Commissioner)
            .Party("salford-city-council", PartyRole.LocalAuthority)
            .Party("salford-royal", PartyRole.Prime, PartyRole.Provider)
            .Cell("older-people", "salford-royal", 98_000_000.00m)
            .Funding("salford-ccg", Share.Parse("2/3"))
            .Funding("salford-city-council", Share.Parse("1/3"))
            .Build();

        var month = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2014/15-M01"));

        // 98,000,000.00 ÷ 12 = 8,166,666.666… → 816,666,666p rem 8: M01 carries a penny, 8,166,666.67.
        // The council pays the host a third: 8,166,666.67 × 1/3 = 2,722,222.2233… → 2,722,222.22 (the CCG's part
        // 5,444,444.4466… keeps the larger remainder and the penny).
        Assert.Equal(Money.Gbp(8_166_666.67m), month.StatementFor(Id<Party>.Of("salford-royal")).Total);
        Assert.Equal(Money.Gbp(-2_722_222.22m), month.StatementFor(Id<Party>.Of("salford-city-council")).Total);
        Assert.Equal(Money.Gbp(-5_444_444.45m), month.StatementFor(Id<Party>.Of("salford-ccg")).Total);
        Assert.True(month.AllChecksPassed);
    }

    [Fact]
    public void Volume_variance_is_paid_on_account_monthly_within_the_years_cap_and_settled_with_its_dead_band_at_year_end()
    {
        var elective = Id<ServiceLine>.Of("elective");
        var contract = TwoProviders(new PaymentTerms(
            new FixedElementTerms(null, InstalmentSchedule.Monthly),
            new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.Zero), [
                new VolumeMechanism(Id<VariableMechanism>.Of("elective-volume"), "Elective activity", new CellScope(new HashSet<Id<ServiceLine>> { elective }, null), Money.Gbp(1_000m), Percentage.FromPercent(75m), Percentage.FromPercent(50m), Percentage.FromPercent(2m), Limit.Of(Percentage.FromPercent(5m)), Limit.Of(Percentage.FromPercent(5m))),
            ]),
            null,
            [],
            []));
        var year = contract.Term.Calendar.Years[0];
        // 1,000 planned a month at £1,000; the trust does 1,100 every month.
        var activity = year.Months()
            .Select(month => new ActivityActual(month, Trust, elective, 1_000m, 1_100m, null, null, null))
            .ToArray();
        var actuals = ContractActuals.Empty with { Activity = activity };

        var april = SettlementEngine.Settle(contract, actuals, Period(contract, "2016/17-M01"));
        var august = SettlementEngine.Settle(contract, actuals, Period(contract, "2016/17-M08"));
        var september = SettlementEngine.Settle(contract, actuals, Period(contract, "2016/17-M09"));
        var annual = SettlementEngine.Settle(contract, actuals, Period(contract, "2016/17"));

        // Fixed instalments are £1,000,000.00 a month; the variable element's planned value is nil (0% of value).
        // On account, to date: 100 × £1,000 × 75% = £75,000.00 a month, so £600,000.00 by the end of M08, which is the
        // year's cap (5% of the year's planned value 12,000 × £1,000 = £12,000,000). M09 would take the position to
        // £675,000.00; held at £600,000.00, it pays nothing more.
        decimal VariableOf(PeriodSettlement settlement) => settlement.StatementFor(Trust).TotalOf(StatementElement.Variable).Amount;
        Assert.Equal(75_000.00m, VariableOf(april));
        Assert.Equal(75_000.00m, VariableOf(august));
        Assert.DoesNotContain(september.StatementFor(Trust).Lines, line => line.Element == StatementElement.Variable);
        // Year: variance £1,200,000; dead-band 2% = £240,000; beyond it £960,000 × 75% = £720,000; cap £600,000.00.
        // Paid on account 8 × £75,000 = £600,000, so nothing is due at year end.
        Assert.Equal(Money.Gbp(600_000.00m), Money.Sum(annual.StatementFor(Trust).Lines.Where(line => line.Element == StatementElement.Variable && !line.OnAccount).Select(line => line.Amount), Currency.Gbp));
        Assert.Equal(Money.Gbp(0m), annual.StatementFor(Trust).TotalOf(StatementElement.Variable));
        Assert.True(annual.AllChecksPassed);
    }

    [Fact]
    public void Patient_choice_moves_money_by_change_in_share_and_nets_to_zero()
    {
        var elective = Id<ServiceLine>.Of("elective");
        var contract = new ContractBuilder()
            .Term(2016, 4, 12)
            .Party("ccg", PartyRole.Commissioner)
            .Party("a", PartyRole.Provider)
            .Party("b", PartyRole.Provider)
            .Party("c", PartyRole.Provider)
            .Cell("elective", "a", 5_000_000m)
            .Cell("elective", "b", 3_000_000m)
            .Cell("elective", "c", 2_000_000m)
            .WithPayment(new PaymentTerms(
                new FixedElementTerms(null, InstalmentSchedule.Monthly),
                new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.Zero), [
                    new PatientChoiceMechanism(Id<VariableMechanism>.Of("choice"), "Money follows choice", new CellScope(new HashSet<Id<ServiceLine>> { elective }, null), [Id<Party>.Of("a"), Id<Party>.Of("b"), Id<Party>.Of("c")], Limit.Of(Money.Gbp(1_000_000m)), Limit.Of(Money.Gbp(40_000m)), null),
                ]),
                null,
                [],
                []))
            .Build();
        var year = contract.Term.Calendar.Years[0];
        ActivityActual Row(string provider, decimal planned, decimal actual) =>
            new(year.AsPeriod(), Id<Party>.Of(provider), elective, planned, actual, null, null, null);
        var actuals = ContractActuals.Empty with { Activity = [Row("a", 500, 450), Row("b", 300, 330), Row("c", 200, 220)] };

        var settlement = SettlementEngine.Settle(contract, actuals, year.AsPeriod());

        // Planned shares 50/30/20%; actual 450/1,000, 330/1,000, 220/1,000 = 45/33/22%.
        // Changes −5, +3, +2 points of a £1,000,000 pool: a loses £50,000; b gains £30,000, c £20,000.
        // b's gain is within its £40,000 cap. Moved £50,000 each way: nets to zero.
        decimal VariableOf(string id) => settlement.StatementFor(Id<Party>.Of(id)).TotalOf(StatementElement.Variable).Amount;
        Assert.Equal(-50_000.00m, VariableOf("a"));
        Assert.Equal(30_000.00m, VariableOf("b"));
        Assert.Equal(20_000.00m, VariableOf("c"));
        Assert.True(settlement.AllChecksPassed);
    }

    [Fact]
    public void A_cap_on_a_gainer_scales_the_losers_down_so_the_group_still_nets_to_zero()
    {
        var elective = Id<ServiceLine>.Of("elective");
        var contract = new ContractBuilder()
            .Term(2016, 4, 12)
            .Party("ccg", PartyRole.Commissioner)
            .Party("a", PartyRole.Provider)
            .Party("b", PartyRole.Provider)
            .Cell("elective", "a", 5_000_000m)
            .Cell("elective", "b", 5_000_000m)
            .WithPayment(new PaymentTerms(
                new FixedElementTerms(null, InstalmentSchedule.Monthly),
                new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.Zero), [
                    new PatientChoiceMechanism(Id<VariableMechanism>.Of("choice"), "Choice", new CellScope(new HashSet<Id<ServiceLine>> { elective }, null), [Id<Party>.Of("a"), Id<Party>.Of("b")], Limit.Of(Percentage.FromPercent(10m)), Limit.Of(Money.Gbp(25_000m)), null),
                ]),
                null,
                [],
                []))
            .Build();
        var year = contract.Term.Calendar.Years[0];
        var actuals = ContractActuals.Empty with
        {
            Activity = [
                new ActivityActual(year.AsPeriod(), Id<Party>.Of("a"), elective, 100, 120, null, null, null),
                new ActivityActual(year.AsPeriod(), Id<Party>.Of("b"), elective, 100, 80, null, null, null),
            ],
        };

        var settlement = SettlementEngine.Settle(contract, actuals, year.AsPeriod());

        // Pool 10% of £10,000,000 = £1,000,000. Shares 50/50 → 60/40: a would gain £100,000, b lose £100,000.
        // a's cap is £25,000, so b's loss is scaled down to £25,000 as well.
        Assert.Equal(25_000.00m, settlement.StatementFor(Id<Party>.Of("a")).TotalOf(StatementElement.Variable).Amount);
        Assert.Equal(-25_000.00m, settlement.StatementFor(Id<Party>.Of("b")).TotalOf(StatementElement.Variable).Amount);
        Assert.True(settlement.AllChecksPassed);
    }

    [Fact]
    public void Every_line_explains_itself_with_its_rule_and_result()
    {
        var contract = TwoProviders();

        var settlement = SettlementEngine.Settle(contract, ContractActuals.Empty, Period(contract, "2016/17"));

        foreach (var line in settlement.Statements.SelectMany(statement => statement.Lines))
        {
            var explanation = line.Explanation;
            Assert.False(string.IsNullOrWhiteSpace(explanation.Rule));
            Assert.Equal(line.Amount, explanation.Result);
        }
    }

    private static readonly Id<OutcomesFramework> Unused = Id<OutcomesFramework>.Of("unused");
}
