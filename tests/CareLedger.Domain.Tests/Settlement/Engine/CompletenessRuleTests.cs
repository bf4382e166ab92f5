using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using CareLedger.TestSupport;
using static CareLedger.Domain.Tests.Settlement.RiskReward.RiskShareFixtures;

namespace CareLedger.Domain.Tests.Settlement.Engine;

/// <summary>
/// What each mechanism needs of the actuals for a period (<see cref="Domain.Settlement.Completeness.IExpectsActuals"/>): a
/// month needs its activity where a volume mechanism applies, a row for a quarter or the year covers its months, a
/// quarter lists the months it lacks as one item, and a suspended risk/reward item needs no spend.
/// </summary>
public sealed class CompletenessRuleTests
{
    private static readonly Id<ServiceLine> Elective = Id<ServiceLine>.Of("elective");
    private static readonly Id<Party> Trust = Id<Party>.Of("trust");

    [Fact]
    public void A_month_needs_activity_for_each_budget_cell_a_volume_mechanism_covers()
    {
        var contract = Volume();
        var actuals = ContractActuals.Empty with { Activity = [Row("2016/17-M01", contract)] };

        Assert.Empty(Settle(contract, actuals, "2016/17-M01").Missing);
        var may = Assert.Single(Settle(contract, actuals, "2016/17-M02").Missing);
        Assert.Equal(("activity", "activity of trust (trust) on elective", "2016/17-M02"), (may.Section, may.Expected, may.Periods.Single().Label));
        Assert.Equal("no activity of trust (trust) on elective for 2016/17-M02: the variable mechanism 'Elective volume' settles on it", may.Message);
    }

    [Fact]
    public void A_quarter_lists_the_months_it_lacks_as_one_item_and_the_year_shortens_a_run_of_them()
    {
        var contract = Volume();
        var actuals = ContractActuals.Empty with { Activity = [Row("2016/17-M01", contract)] };

        var quarter = Assert.Single(Settle(contract, actuals, "2016/17-Q1").Missing);
        Assert.Equal(["2016/17-M02", "2016/17-M03"], quarter.Periods.Select(period => period.Label));
        var year = Assert.Single(Settle(contract, actuals, "2016/17").Missing);
        Assert.Equal("no activity of trust (trust) on elective for 2016/17-M02 to 2016/17-M12 (11 months): the variable mechanism 'Elective volume' settles on it", year.Message);
    }

    [Fact]
    public void A_row_for_a_quarter_or_for_the_year_covers_every_month_in_it()
    {
        var contract = Volume();
        var byQuarter = ContractActuals.Empty with { Activity = [Row("2016/17-Q1", contract)] };
        var byYear = ContractActuals.Empty with { Activity = [Row("2016/17", contract)] };

        Assert.Empty(Settle(contract, byQuarter, "2016/17-M01").Missing);
        Assert.Equal(["2016/17-M04", "2016/17-M05", "2016/17-M06"], Assert.Single(Settle(contract, byQuarter, "2016/17-Q2").Missing).Periods.Select(period => period.Label));
        Assert.Empty(Settle(contract, byYear, "2016/17-M07").Missing);
        Assert.Empty(Settle(contract, byYear, "2016/17").Missing);
    }

    [Fact]
    public void A_suspended_risk_item_needs_no_spend_but_one_that_moves_money_does()
    {
        var item = Activity(SpecShares());
        var contract = MidNotts(item);
        var year = Year(contract, 0);
        var suspension = new Suspension(year, null, "Flu pandemic declared", null);
        var rule = new RiskShareRule();

        var suspended = rule.Missing(RuleHarness.ContextFor(contract, ActualsWith(suspensions: [suspension]), year.AsPeriod()));
        var missing = Assert.Single(rule.Missing(RuleHarness.ContextFor(contract, ActualsWith(), year.AsPeriod())));

        Assert.Empty(suspended);
        Assert.Equal(("risk_reward", ItemSource), (missing.Section, missing.NeededBy));
        Assert.StartsWith($"no actual spend on risk/reward item '{item.Id}' for {year.Label}: the risk/reward share of '{item.Id}'", missing.Message, StringComparison.Ordinal);
    }

    private static Contract Volume() => new ContractBuilder()
        .Term(2016, 4, 12)
        .Party("ccg", PartyRole.Commissioner)
        .Party("trust", PartyRole.Provider)
        .Cell("elective", "trust", 1_200_000m)
        .WithPayment(new PaymentTerms(
            new FixedElementTerms(null, InstalmentSchedule.Monthly),
            new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.Zero), [
                new VolumeMechanism(Id<VariableMechanism>.Of("volume"), "Elective volume", new CellScope(new HashSet<Id<ServiceLine>> { Elective }, null), Money.Gbp(100m), Percentage.FromPercent(75m), Percentage.FromPercent(50m), null, null, null),
            ]),
            null,
            [],
            []))
        .Build();

    private static ActivityActual Row(string period, Contract contract)
    {
        Assert.True(contract.Term.Calendar.TryParse(period, out var parsed, out var error), error);
        return new ActivityActual(parsed!, Trust, Elective, 100m, 100m, null, null, null);
    }

    private static PeriodSettlement Settle(Contract contract, ContractActuals actuals, string label)
    {
        Assert.True(contract.Term.Calendar.TryParse(label, out var period, out var error), error);
        return SettlementEngine.Settle(contract, actuals, period!);
    }
}
