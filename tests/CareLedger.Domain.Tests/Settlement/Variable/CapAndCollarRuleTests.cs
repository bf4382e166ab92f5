using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;
using CareLedger.Domain.Settlement;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Variable;

/// <summary>The volume variance and patient choice hold their results with the same <see cref="CapAndCollar"/>.</summary>
public sealed class CapAndCollarRuleTests
{
    private static readonly Id<ServiceLine> Elective = Id<ServiceLine>.Of("elective");
    private static readonly CellScope ElectiveOnly = new(new HashSet<Id<ServiceLine>> { Elective }, null);
    private static readonly Id<Party> Trust = Id<Party>.Of("trust");

    [Theory]
    // Planned 1,234.53 units × £10.00 = £12,345.30; cap 5% = £617.265, a midpoint: half-up £617.27, half-even £617.26.
    // Actual 2,000 units × £10.00 = £20,000.00: variance £7,654.70 × 100% is far over the cap, so the cap is paid.
    [InlineData(RoundingRule.HalfUp, 617.27)]
    [InlineData(RoundingRule.HalfEven, 617.26)]
    public void Volume_variance_over_plan_is_held_at_a_cap_resolved_to_the_penny_with_the_tie_rule(RoundingRule rounding, decimal expected)
    {
        var contract = Volume(rounding, cap: Limit.Of(Percentage.FromPercent(5m)), collar: null);

        var variable = YearEndVariable(contract, planned: 1_234.53m, actual: 2_000m);

        Assert.Equal(Money.Gbp(expected), variable.Amount);
        Assert.Contains(variable.Explanation.Steps, step => step.Description == "cap" && step.Value == $"£{expected}");
    }

    [Fact]
    public void Volume_variance_under_plan_is_held_at_minus_the_collar()
    {
        var contract = Volume(RoundingRule.HalfUp, cap: null, collar: Limit.Of(Money.Gbp(1_000m)));

        // Planned 1,000 × £10.00 = £10,000.00; actual 500 → variance −£5,000.00 × 50% below-plan rate = −£2,500.00,
        // held at minus the £1,000.00 collar.
        var variable = YearEndVariable(contract, planned: 1_000m, actual: 500m);

        Assert.Equal(Money.Gbp(-1_000m), variable.Amount);
        Assert.Contains(variable.Explanation.Steps, step => step.Description == "cap" && step.Value.ToString() == "none");
    }

    [Fact]
    public void Patient_choice_holds_a_loser_at_its_collar_and_scales_the_gainers_down_so_the_group_nets_to_zero()
    {
        var contract = new ContractBuilder()
            .Term(2016, 4, 12)
            .Party("ccg", PartyRole.Commissioner)
            .Party("a", PartyRole.Provider)
            .Party("b", PartyRole.Provider)
            .Party("c", PartyRole.Provider)
            .Cell("elective", "a", 5_000_000m)
            .Cell("elective", "b", 3_000_000m)
            .Cell("elective", "c", 2_000_000m)
            .WithPayment(Payment(new PatientChoiceMechanism(
                Id<VariableMechanism>.Of("choice"),
                "Choice",
                ElectiveOnly,
                [Id<Party>.Of("a"), Id<Party>.Of("b"), Id<Party>.Of("c")],
                Limit.Of(Money.Gbp(1_000_000m)),
                null,
                Limit.Of(Money.Gbp(20_000m)))))
            .Build();
        var year = contract.Term.Calendar.Years[0];
        ActivityActual Row(string provider, decimal planned, decimal actual) => new(year.AsPeriod(), Id<Party>.Of(provider), Elective, planned, actual, null, null, null);
        var actuals = ContractActuals.Empty with { Activity = [Row("a", 500, 450), Row("b", 300, 330), Row("c", 200, 220)] };

        var settlement = SettlementEngine.Settle(contract, actuals, year.AsPeriod());

        // Shares 50/30/20% → 45/33/22% of a £1,000,000.00 pool: a's part −£50,000.00, b's +£30,000.00, c's +£20,000.00.
        // a is held at its £20,000.00 collar, so the gains (£50,000.00) are scaled down to £20,000.00 by the largest
        // remainder over 30,000 : 20,000: b £12,000.00, c £8,000.00. The group still nets to zero.
        Money VariableOf(string id) => settlement.StatementFor(Id<Party>.Of(id)).TotalOf(StatementElement.Variable);
        Assert.Equal(Money.Gbp(-20_000m), VariableOf("a"));
        Assert.Equal(Money.Gbp(12_000m), VariableOf("b"));
        Assert.Equal(Money.Gbp(8_000m), VariableOf("c"));
        Assert.True(settlement.AllChecksPassed);

        var loser = settlement.StatementFor(Id<Party>.Of("a")).Lines.Single(line => line.Element == StatementElement.Variable).Explanation;
        Assert.Contains(loser.Steps, step => step.Description == "this provider's part of it" && step.Value.ToString() == "-£50,000.00");
        Assert.Contains(loser.Steps, step => step.Description == "held by the cap and collar (no cap, collar £20,000.00)" && step.Value.ToString() == "-£20,000.00");
        var gainer = settlement.StatementFor(Id<Party>.Of("b")).Lines.Single(line => line.Element == StatementElement.Variable).Explanation;
        Assert.Contains(gainer.Steps, step => step.Description == "within the cap and collar (no cap, collar £20,000.00)" && step.Value.ToString() == "£30,000.00");
        Assert.Equal("this provider, its side scaled down to the other so the group nets to zero", gainer.Steps[^1].Description);
    }

    private static Contract Volume(RoundingRule rounding, Limit? cap, Limit? collar) => new ContractBuilder()
        .Term(2016, 4, 12)
        .Rounding(rounding)
        .Party("ccg", PartyRole.Commissioner)
        .Party("trust", PartyRole.Provider)
        .Cell("elective", "trust", 12_000_000m)
        .WithPayment(Payment(new VolumeMechanism(
            Id<VariableMechanism>.Of("volume"),
            "Elective volume",
            ElectiveOnly,
            Money.Gbp(10m),
            Percentage.Hundred,
            Percentage.FromPercent(50m),
            null,
            cap,
            collar)))
        .Build();

    private static PaymentTerms Payment(VariableMechanism mechanism) => new(
        new FixedElementTerms(null, InstalmentSchedule.Monthly),
        new VariableElementTerms(YearSchedule<Percentage>.Constant(Percentage.Zero), [mechanism]),
        null,
        [],
        []);

    /// <summary>The year-end variance line from one row of activity for the whole year (so nothing was paid on account).</summary>
    private static StatementLine YearEndVariable(Contract contract, decimal planned, decimal actual)
    {
        var year = contract.Term.Calendar.Years[0];
        var actuals = ContractActuals.Empty with { Activity = [new ActivityActual(year.AsPeriod(), Trust, Elective, planned, actual, null, null, null)] };
        var settlement = SettlementEngine.Settle(contract, actuals, year.AsPeriod());
        Assert.True(settlement.AllChecksPassed);
        return settlement.StatementFor(Trust).Lines.Single(line => line.Element == StatementElement.Variable);
    }
}
