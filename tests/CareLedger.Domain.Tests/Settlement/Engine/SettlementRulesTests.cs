using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Explaining;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Settlement;
using CareLedger.Domain.Settlement.Rules.Corrections;
using CareLedger.Domain.Settlement.Rules.Corridors;
using CareLedger.Domain.Settlement.Rules.Instalments;
using CareLedger.Domain.Settlement.Rules.Outcomes;
using CareLedger.Domain.Settlement.Rules.Population;
using CareLedger.Domain.Settlement.Rules.Reimbursement;
using CareLedger.Domain.Settlement.Rules.RiskReward;
using CareLedger.Domain.Settlement.Rules.SharedSavings;
using CareLedger.Domain.Settlement.Rules.Variable;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Engine;

/// <summary>The engine is an explicit list of public rules: the default composition, and a mechanism added from outside.</summary>
public sealed class SettlementRulesTests
{
    private static readonly Id<Party> Ccg = Id<Party>.Of("ccg");
    private static readonly Id<Party> Trust = Id<Party>.Of("trust");

    private static Contract OneProvider() => new ContractBuilder()
        .Term(2016, 4, 12)
        .Party("ccg", PartyRole.Commissioner)
        .Party("trust", PartyRole.Provider)
        .Cell("elective", "trust", 12_000_000.00m)
        .Build();

    private static ContractPeriod Period(Contract contract, string label)
    {
        Assert.True(contract.Term.Calendar.TryParse(label, out var period, out var error), error);
        return period!;
    }

    [Fact]
    public void The_default_composition_runs_every_shipped_mechanism_in_statement_order()
    {
        var types = SettlementRules.Default.Rules.Select(rule => rule.GetType()).ToArray();

        Assert.Equal(
            [
                typeof(InstalmentRule), typeof(CostReimbursementRule), typeof(VolumeVarianceRule), typeof(PatientChoiceRule), typeof(OutcomeRule),
                typeof(RiskShareRule), typeof(PopulationToleranceRule), typeof(SharedSavingsRule), typeof(CorridorRule), typeof(CorrectionRule),
            ],
            types);
    }

    [Fact]
    public void Adding_a_rule_returns_a_new_composition_and_leaves_the_old_one_unchanged()
    {
        var before = SettlementRules.Default.Rules.Count;

        var extended = SettlementRules.Default.Add(new BonusRule());

        Assert.Equal(before, SettlementRules.Default.Rules.Count);
        Assert.Equal(before + 1, extended.Rules.Count);
        Assert.IsType<BonusRule>(extended.Rules[^1]);
    }

    [Fact]
    public void The_overloads_without_a_composition_settle_exactly_as_the_default_one()
    {
        var contract = OneProvider();
        var month = Period(contract, "2016/17-M01");

        var implicitly = SettlementEngine.Settle(contract, ContractActuals.Empty, month);
        var explicitly = SettlementEngine.Settle(SettlementRules.Default, contract, ContractActuals.Empty, month);

        Assert.Equal(
            implicitly.Statements.SelectMany(statement => statement.Lines).Select(line => (line.Party, line.Element, line.Amount, line.Reason)),
            explicitly.Statements.SelectMany(statement => statement.Lines).Select(line => (line.Party, line.Element, line.Amount, line.Reason)));
    }

    [Fact]
    public void An_empty_composition_settles_nothing()
    {
        var contract = OneProvider();

        var settlement = SettlementEngine.Settle(SettlementRules.Empty, contract, ContractActuals.Empty, Period(contract, "2016/17"));

        Assert.Empty(settlement.Statements);
        Assert.True(settlement.AllChecksPassed);
    }

    [Fact]
    public void A_mechanism_added_from_outside_is_paid_in_year_and_trued_up_at_year_end_like_the_shipped_ones()
    {
        var contract = OneProvider();
        var rules = SettlementRules.Default.Add(new BonusRule());

        var april = SettlementEngine.Settle(rules, contract, ContractActuals.Empty, Period(contract, "2016/17-M01"));
        var year = SettlementEngine.Settle(rules, contract, ContractActuals.Empty, Period(contract, "2016/17"));

        // The bonus pays £100.00 on account each month and £1,500.00 for the year: 12 × £100.00 = £1,200.00 was paid on
        // account, so £300.00 is due at year end. Its line comes after the fixed element's, as it was added last.
        var aprilLines = april.StatementFor(Trust).Lines;
        Assert.Equal(StatementElement.Adjustment, aprilLines[^1].Element);
        Assert.Equal(Money.Gbp(100.00m), aprilLines[^1].Amount);
        Assert.Equal(Money.Gbp(-100.00m), april.StatementFor(Ccg).TotalOf(StatementElement.Adjustment));
        Assert.Equal(Money.Gbp(300.00m), year.StatementFor(Trust).TotalOf(StatementElement.Adjustment));
        var entitlement = Assert.Single(year.StatementFor(Trust).Lines, line => line.Element == StatementElement.Adjustment && !line.OnAccount);
        Assert.Equal(Money.Gbp(1_500.00m), entitlement.Amount);
        Assert.Equal("bonus", entitlement.Explanation.Rule);
        Assert.Contains(year.Notes, note => note.Message == "Bonus settled for 2016/17");
        Assert.Contains(year.Checks, check => check.Name == "Bonus is positive" && check.Passed);
        Assert.True(year.AllChecksPassed, string.Join("; ", year.Checks.Where(check => !check.Passed).Select(check => check.Detail)));
    }

    /// <summary>A mechanism written as an outside rule would be: only the public surface of the context.</summary>
    private sealed class BonusRule : ISettlementRule
    {
        public bool AppliesTo(SettlementContext context) => context.Period.Kind is PeriodKind.Month or PeriodKind.Year;

        public void Settle(SettlementContext context)
        {
            var amount = Money.Gbp(context.IsYearEnd ? 1_500.00m : 100.00m);
            foreach (var provider in context.Allocation.Providers)
            {
                context.PayFromCommissioners(provider.Payee.Id, StatementElement.Adjustment, amount, $"Bonus for {context.Period.Label}", () =>
                    new ExplanationBuilder("bonus", "a flat amount per period").Input("amount", amount).Result(amount));
            }

            if (context.IsYearEnd)
            {
                context.Note($"Bonus settled for {context.Year.Label}");
                context.Check("Bonus is positive", !amount.IsNegative, $"paid {amount}");
            }
        }
    }
}
