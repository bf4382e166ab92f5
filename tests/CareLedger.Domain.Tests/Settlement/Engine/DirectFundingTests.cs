using CareLedger.Domain.Actuals;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Settlement;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Engine;

/// <summary>
/// Funding that is not pooled (<c>funding: pooled: false</c>): each commissioner pays its own share of every payment
/// directly, split by the funding shares with the largest-remainder rule; no commissioner pays another.
/// </summary>
public sealed class DirectFundingTests
{
    private static readonly Id<Party> Trust = Id<Party>.Of("trust");
    private static readonly string[] Ccgs = ["stoke-ccg", "north-staffs-ccg", "stafford-ccg", "cannock-ccg"];

    [Fact]
    public void Each_commissioner_pays_its_own_share_of_every_instalment_and_none_pays_another()
    {
        var contract = Staffordshire(pooled: false, annual: 1_000_000.00m, InstalmentSchedule.Monthly);

        var april = Settle(contract, "2016/17-M01");

        // £1,000,000.00 = 100,000,000p ÷ 12 = 8,333,333 rem 4: M01 is £83,333.34. Split 35% / 27.5% / 20% / 17.5%:
        // exact 29,166.669 / 22,916.6685 / 16,666.668 / 14,583.3345; floors add to £83,333.31, and the three pennies
        // left go to the largest remainders (.9, .85, .8 of a penny): £29,166.67, £22,916.67, £16,666.67, £14,583.33.
        var lines = april.StatementFor(Trust).Lines;
        Assert.Equal(
            [("stoke-ccg", 29_166.67m), ("north-staffs-ccg", 22_916.67m), ("stafford-ccg", 16_666.67m), ("cannock-ccg", 14_583.33m)],
            lines.Select(line => (line.Counterparty.Value, line.Amount.Amount)));
        Assert.All(lines, line => Assert.Equal(StatementElement.Fixed, line.Element));
        // The instalment itself took an odd penny (£83,333.3333… rounds to £83,333.33), and its reason says so.
        Assert.Equal("Fixed element, instalment 2016/17-M01 of 12 (£83,333.3333… split by the largest-remainder rule; the odd pennies went to 2016/17-M01 and 3 others) — stoke-ccg's 35% share of £83,333.34", lines[0].Reason);
        Assert.Equal(-29_166.67m, april.StatementFor(Id<Party>.Of("stoke-ccg")).Total.Amount);
        Assert.DoesNotContain(april.Statements.SelectMany(statement => statement.Lines), line => Ccgs.Contains(line.Party.Value) && Ccgs.Contains(line.Counterparty.Value));
        Assert.True(april.AllChecksPassed);
    }

    [Fact]
    public void The_year_end_owes_nothing_on_instalments_because_each_funder_pays_its_share_of_each_instalment()
    {
        var contract = Staffordshire(pooled: false, annual: 1_000_000.00m, InstalmentSchedule.Monthly);

        var year = Settle(contract, "2016/17");
        var months = contract.Term.Calendar.Years[0].Months().Select(month => SettlementEngine.Settle(contract, ContractActuals.Empty, month)).ToArray();

        // Split once, 35% of £1,000,000.00 would be £350,000.00. Split instalment by instalment, M01–M04 (£83,333.34)
        // give stoke-ccg £29,166.67 each; in M05–M12 (£83,333.33) the exact shares are 29,166.6655 / 22,916.66575 /
        // 16,666.666 / 14,583.33275, the floors leave two pennies, and they go to the 20% and 27.5% shares (remainders
        // .6 and .575 of a penny against .55), so stoke-ccg gets £29,166.66 each: 4 × 29,166.67 + 8 × 29,166.66 =
        // £349,999.96. The year's line is that sum, so nothing is left to pay at year end.
        var stoke = year.StatementFor(Trust).Lines.Single(line => !line.OnAccount && line.Counterparty.Value == "stoke-ccg");
        Assert.Equal(349_999.96m, stoke.Amount.Amount);
        Assert.EndsWith("(each instalment split by the largest-remainder rule, so this is the sum of the shares of the instalments)", stoke.Reason, StringComparison.Ordinal);
        foreach (var ccg in Ccgs)
        {
            var paidInYear = months.Sum(month => month.StatementFor(Trust).Lines.Where(line => line.Counterparty.Value == ccg).Sum(line => line.Amount.Amount));
            var entitlement = year.StatementFor(Trust).Lines.Where(line => !line.OnAccount && line.Counterparty.Value == ccg).Sum(line => line.Amount.Amount);
            Assert.Equal(paidInYear, entitlement);
        }

        Assert.Equal(Money.Gbp(0m), year.StatementFor(Trust).Total);
        Assert.Equal(1_000_000.00m, year.EntitlementOf(Trust).Amount);
        Assert.Contains(year.Checks, check => check.Name == "Nothing paid twice across periods" && check.Passed);
        Assert.True(year.AllChecksPassed);
    }

    [Fact]
    public void A_penny_the_largest_remainder_rule_moves_says_where_it_went_on_the_line()
    {
        var contract = new ContractBuilder()
            .Term(2016, 4, 12)
            .Party("ccg", PartyRole.Commissioner)
            .Party("council", PartyRole.LocalAuthority)
            .Party("trust", PartyRole.Provider)
            .Cell("community", "trust", 3_060_645.00m)
            .WithFunding(false, ("ccg", "50%"), ("council", "50%"))
            .WithPayment(new PaymentTerms(new FixedElementTerms(null, new InstalmentSchedule(InstalmentFrequency.Quarterly)), null, null, [], []))
            .Build();

        var april = Settle(contract, "2016/17-M01");

        // Quarterly instalments of £3,060,645.00 ÷ 4 = £765,161.25, the first paid in M01. 50% of it is £382,580.625.
        // Half-up would give each £382,580.63, a penny too much in all; the largest-remainder rule gives the
        // first-listed funder the odd penny: £382,580.63 and £382,580.62.
        var lines = april.StatementFor(Trust).Lines.ToArray();
        Assert.Equal([382_580.63m, 382_580.62m], lines.Select(line => line.Amount.Amount));
        Assert.DoesNotContain("largest-remainder", lines[0].Reason, StringComparison.Ordinal);
        Assert.EndsWith("council's 50% share of £765,161.25 (£382,580.625 split by the largest-remainder rule; the odd penny went to ccg)", lines[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pooled_funding_is_still_paid_by_the_host_with_the_others_contributing_to_it()
    {
        var contract = Staffordshire(pooled: true, annual: 1_000_000.00m, InstalmentSchedule.Monthly);

        var april = Settle(contract, "2016/17-M01");

        var line = Assert.Single(april.StatementFor(Trust).Lines);
        Assert.Equal("stoke-ccg", line.Counterparty.Value);
        Assert.Equal(83_333.34m, line.Amount.Amount);
        Assert.Contains(april.StatementFor(Id<Party>.Of("cannock-ccg")).Lines, contribution => contribution.Counterparty.Value == "stoke-ccg"
            && contribution.Reason.StartsWith("Contribution to the pooled budget: 17.5% of £83,333.34 paid out in 2016/17-M01", StringComparison.Ordinal));
    }

    private static Contract Staffordshire(bool pooled, decimal annual, InstalmentSchedule schedule) => new ContractBuilder()
        .Term(2016, 4, 12)
        .Party("stoke-ccg", PartyRole.Commissioner)
        .Party("north-staffs-ccg", PartyRole.Commissioner)
        .Party("stafford-ccg", PartyRole.Commissioner)
        .Party("cannock-ccg", PartyRole.Commissioner)
        .Party("trust", PartyRole.Provider)
        .Cell("cancer", "trust", annual)
        .WithFunding(pooled, ("stoke-ccg", "35%"), ("north-staffs-ccg", "27.5%"), ("stafford-ccg", "20%"), ("cannock-ccg", "17.5%"))
        .WithPayment(new PaymentTerms(new FixedElementTerms(null, schedule), null, null, [], []))
        .Build();

    private static PeriodSettlement Settle(Contract contract, string label)
    {
        Assert.True(contract.Term.Calendar.TryParse(label, out var period, out var error), error);
        var settlement = SettlementEngine.Settle(contract, ContractActuals.Empty, period!);
        Assert.True(settlement.AllChecksPassed, string.Join("; ", settlement.Checks.Where(check => !check.Passed).Select(check => check.Detail)));
        return settlement;
    }
}
