using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;
using CareLedger.Domain.Settlement;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Variable;

/// <summary>
/// The volume variance on account is paid on the position to date: what the activity reported so far earns at the
/// rate for the sign of its running variance, held within the year's cap and collar, less what it earned before.
/// Figures are Nottingham University Hospitals' and Sherwood Forest's in the Mid-Nottinghamshire example (75% above
/// plan, 50% below, cap and collar 5% of the year's planned value).
/// </summary>
public sealed class OnAccountVolumeTests
{
    private static readonly Id<ServiceLine> Elective = Id<ServiceLine>.Of("elective");
    private static readonly Id<Party> Nuh = Id<Party>.Of("nuh");

    [Fact]
    public void A_month_that_undoes_part_of_an_earlier_one_is_paid_at_the_rate_of_the_running_position()
    {
        var contract = Contract();
        var actuals = Activity(
            (1, 195, 199), (2, 203, 202), (3, 195, 198),
            (4, 195, 195), (5, 195, 195), (6, 195, 195), (7, 195, 195), (8, 195, 195), (9, 195, 195), (10, 195, 195), (11, 195, 195), (12, 195, 195));

        // At £2,100.00 a spell: M01 +4 spells = £8,400.00 × 75% = £6,300.00. Through M02 the running variance is
        // +3 spells = £6,300.00 × 75% = £4,725.00, so M02 pays £4,725.00 − £6,300.00 = −£1,575.00 (not −1 × £2,100.00
        // × 50% = −£1,050.00, the below-plan rate on the month alone). Through M03 +6 spells = £12,600.00 × 75% =
        // £9,450.00, so M03 pays £4,725.00. The months add to £9,450.00: the quarter, settled as its months.
        Assert.Equal(6_300.00m, Variable(contract, actuals, "2016/17-M01"));
        Assert.Equal(-1_575.00m, Variable(contract, actuals, "2016/17-M02"));
        Assert.Equal(4_725.00m, Variable(contract, actuals, "2016/17-M03"));
        Assert.Equal(9_450.00m, Variable(contract, actuals, "2016/17-Q1"));
    }

    [Fact]
    public void A_typo_far_above_plan_pays_on_account_no_more_than_the_years_cap()
    {
        var contract = Contract();
        // 6,060 typed for 606 in M01 against 620 planned; the other months on plan, 620 a month.
        var rows = Enumerable.Range(1, 12).Select(month => (month, 620m, month == 1 ? 6_060m : 620m)).ToArray();
        var actuals = Activity(rows);

        // Year's planned value 12 × 620 × £2,100.00 = £15,624,000.00; cap 5% = £781,200.00. Uncapped, M01 would pay
        // (6,060 − 620) × £2,100.00 × 75% = £8,568,000.00; held at the cap it pays £781,200.00, and no later month
        // pays more while the running position stays above it.
        var april = Settle(contract, actuals, "2016/17-M01");
        Assert.Equal(781_200.00m, april.StatementFor(Nuh).TotalOf(StatementElement.Variable).Amount);
        Assert.Contains("held within the year's cap £781,200.00, collar £781,200.00", april.StatementFor(Nuh).Lines.Single(line => line.Element == StatementElement.Variable).Reason, StringComparison.Ordinal);
        Assert.Equal(0m, Variable(contract, actuals, "2016/17-M02"));
        var note = Assert.Single(april.Notes, note => note.Message.Contains("far outside plan", StringComparison.Ordinal));
        Assert.Contains("actual 6,060 is 9.77× the planned 620", note.Message, StringComparison.Ordinal);
        Assert.Contains("more than 3× the plan or less than a third of it", note.Message, StringComparison.Ordinal);
        Assert.Equal("activity.csv", note.Source!.File);
    }

    [Fact]
    public void What_is_recovered_on_account_never_goes_below_the_years_collar()
    {
        var contract = Contract();
        // Nothing done in M01 and M02 against 620 planned a month; the rest on plan.
        var rows = Enumerable.Range(1, 12).Select(month => (month, 620m, month <= 2 ? 0m : 620m)).ToArray();
        var actuals = Activity(rows);

        // M01: −620 × £2,100.00 × 50% = −£651,000.00, within the £781,200.00 collar. Through M02: −1,240 spells =
        // −£1,302,000.00, held at −£781,200.00, so M02 recovers only −£781,200.00 + £651,000.00 = −£130,200.00.
        Assert.Equal(-651_000.00m, Variable(contract, actuals, "2016/17-M01"));
        Assert.Equal(-130_200.00m, Variable(contract, actuals, "2016/17-M02"));
        Assert.Equal(0m, Variable(contract, actuals, "2016/17-M03"));
    }

    [Fact]
    public void A_quarters_row_is_paid_on_account_in_the_quarters_last_month_and_a_years_row_only_at_year_end()
    {
        var contract = Contract();
        var year = contract.Term.Calendar.Years[0];
        var actuals = ContractActuals.Empty with
        {
            Activity =
            [
                new ActivityActual(year.Quarters()[0], Nuh, Elective, 600m, 610m, Money.Gbp(2_100m), null, null),
                new ActivityActual(year.AsPeriod(), Id<Party>.Of("sfh"), Elective, 7_440m, 7_500m, Money.Gbp(1_450m), null, null),
            ],
        };

        // The Q1 row: +10 × £2,100.00 × 75% = £15,750.00, in M03 (not M01 or M02). The year's row pays nothing on account.
        Assert.Equal(0m, Variable(contract, actuals, "2016/17-M01"));
        Assert.Equal(15_750.00m, Variable(contract, actuals, "2016/17-M03"));
        Assert.Equal(15_750.00m, Variable(contract, actuals, "2016/17-Q1"));
        Assert.DoesNotContain(Settle(contract, actuals, "2016/17-Q4").Statements.SelectMany(statement => statement.Lines), line => line.Element == StatementElement.Variable);
    }

    [Fact]
    public void The_explanation_shows_the_position_to_date_before_and_after_the_month()
    {
        var contract = Contract();
        var actuals = Activity((1, 195, 199), (2, 203, 202));

        var line = Settle(contract, actuals, "2016/17-M02").StatementFor(Nuh).Lines.Single(candidate => candidate.Element == StatementElement.Variable);

        Assert.Contains("activity 202 against plan 203 in 2016/17-M02; 401 against 398 in the year to date", line.Reason, StringComparison.Ordinal);
        var steps = line.Explanation.Steps.ToDictionary(step => step.Description, step => step.Value.ToString());
        // (199 + 202 − 195 − 203) spells × £2,100.00, shown as money.
        Assert.Equal("£6,300.00", steps["variance value to the end of 2016/17-M02 (actual − planned at price)"]);
        Assert.Equal("£4,725.00", steps["paid on account to date, within the cap and collar"]);
        Assert.Equal("£6,300.00", steps["paid on account before"]);
        Assert.Equal("-£1,575.00", steps["on account in 2016/17-M02"]);
        Assert.Equal(Money.Gbp(-1_575.00m), line.Explanation.Result);
    }

    private static Contract Contract() => new ContractBuilder()
        .Term(2016, 4, 12)
        .Party("ccg", PartyRole.Commissioner)
        .Party("nuh", PartyRole.Provider)
        .Party("sfh", PartyRole.Provider)
        .Cell("elective", "nuh", 5_000_000m)
        .Cell("elective", "sfh", 10_000_000m)
        .WithPayment(new PaymentTerms(
            new FixedElementTerms(null, InstalmentSchedule.Monthly),
            new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.Zero), [
                new VolumeMechanism(
                    Id<VariableMechanism>.Of("elective-volume"),
                    "Elective activity against plan",
                    new CellScope(new HashSet<Id<ServiceLine>> { Elective }, null),
                    null,
                    Percentage.FromPercent(75m),
                    Percentage.FromPercent(50m),
                    Percentage.FromPercent(2m),
                    Limit.Of(Percentage.FromPercent(5m)),
                    Limit.Of(Percentage.FromPercent(5m))),
            ]),
            null,
            [],
            []))
        .Build();

    /// <summary>NUH's monthly rows (month, planned, actual) at £2,100.00 a spell, each with a source in activity.csv.</summary>
    private static ContractActuals Activity(params (int Month, decimal Planned, decimal Actual)[] rows)
    {
        var year = Contract().Term.Calendar.Years[0];
        return ContractActuals.Empty with
        {
            Activity = rows.Select(row => new ActivityActual(
                year.Months()[row.Month - 1],
                Nuh,
                Elective,
                row.Planned,
                row.Actual,
                Money.Gbp(2_100m),
                null,
                null,
                new SourceRef("activity.csv", $"activity row {row.Month + 1}", row.Month + 1, 1))).ToArray(),
        };
    }

    private static PeriodSettlement Settle(Contract contract, ContractActuals actuals, string label)
    {
        Assert.True(contract.Term.Calendar.TryParse(label, out var period, out var error), error);
        var settlement = SettlementEngine.Settle(contract, actuals, period!);
        Assert.True(settlement.AllChecksPassed, string.Join("; ", settlement.Checks.Where(check => !check.Passed).Select(check => check.Detail)));
        return settlement;
    }

    private static decimal Variable(Contract contract, ContractActuals actuals, string label)
    {
        var settlement = Settle(contract, actuals, label);
        return settlement.Statements.Any(statement => statement.Party.Id == Nuh)
            ? settlement.StatementFor(Nuh).TotalOf(StatementElement.Variable).Amount
            : 0m;
    }
}
