using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Templates;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// The Bedfordshire template's example year (2015/16) settled end to end from the shipped files, with the year's
/// figures for Circle and the CCG worked by hand from the source documents' terms and the example actuals.
/// </summary>
public sealed class BedfordshireYearGoldenTests
{
    private static readonly Id<Party> Circle = Id<Party>.Of("circle");
    private static readonly Id<Party> Ccg = Id<Party>.Of("bedfordshire-ccg");

    private static PeriodSettlement Settle()
    {
        var template = TemplateCatalog.Find("bedfordshire-msk-prime")!;
        var contract = ContractLoader.Load(template.Yaml, "bedfordshire-msk-prime.yaml").Contract!;
        var actuals = ActualsLoader.Load(contract, template.ActualsYaml, "bedfordshire-msk-prime.actuals.yaml").Actuals!;
        Assert.True(contract.Term.Calendar.TryParseYear("2015/16", out var year, out var error), error);
        return SettlementEngine.Settle(contract, actuals, year!.AsPeriod());
    }

    private static Money Year(PeriodSettlement settlement, Id<Party> party, StatementElement element) =>
        Money.Sum(settlement.StatementFor(party).Lines.Where(line => line.Element == element && !line.OnAccount).Select(line => line.Amount), Currency.Gbp);

    [Fact]
    public void Circle_is_paid_95_percent_fixed_and_a_2_5_percent_fee_for_the_year_all_on_account()
    {
        var settlement = Settle();

        // Year 2 contract value: 26,500,000.00 × 1.013 = 26,844,500.00.
        // Fee 2.5% = 671,112.50; outcome pot 2.5% = 671,112.50; fixed = 26,844,500.00 − 2 × 671,112.50 = 25,502,275.00 (95%).
        // Both are paid in twelve monthly instalments, so at year end all of it is already paid on account.
        Assert.Equal(Money.Gbp(25_502_275.00m), Year(settlement, Circle, StatementElement.Fixed));
        Assert.Equal(Money.Gbp(671_112.50m), Year(settlement, Circle, StatementElement.ManagementFee));
        Assert.Equal(Money.Gbp(0m), settlement.StatementFor(Circle).TotalOf(StatementElement.Fixed));
        Assert.Equal(Money.Gbp(0m), settlement.StatementFor(Circle).TotalOf(StatementElement.ManagementFee));
    }

    [Fact]
    public void Circle_shares_half_of_its_surplus_beyond_the_first_5_percent_of_the_fixed_element_with_the_ccg()
    {
        var settlement = Settle();

        // Circle's cost of delivering the fixed element (example actuals): 23,462,000.00.
        // Surplus = 25,502,275.00 − 23,462,000.00 = 2,040,275.00 (8.0% of the fixed element).
        // First 5% of the fixed element = 25,502,275.00 × 5% = 1,275,113.75: Circle keeps it all.
        // Beyond it: 2,040,275.00 − 1,275,113.75 = 765,161.25, split 50/50: 76,516,125p ÷ 2 = 38,258,062.5p each;
        // both round down to 38,258,062p, and the one penny left (a tie) goes to the first share listed, Circle's.
        // So Circle pays the CCG 382,580.62 and keeps 1,275,113.75 + 382,580.63 = 1,657,694.38.
        Assert.Equal(Money.Gbp(-382_580.62m), settlement.StatementFor(Circle).TotalOf(StatementElement.RiskShare));
        Assert.Equal(Money.Gbp(382_580.62m), settlement.StatementFor(Ccg).TotalOf(StatementElement.RiskShare));
    }

    [Fact]
    public void The_outcome_pot_is_paid_at_year_end_and_the_ccg_pays_exactly_what_circle_is_due()
    {
        var settlement = Settle();

        // The whole pot (671,112.50) is at year end, with the quarterly ramp of 25/50/75/100% at risk;
        // the at-risk parts are paid on the quarters' scores (worked in the outcome rule's golden tests).
        var outcome = Year(settlement, Circle, StatementElement.Outcome);
        Assert.True(outcome > Money.Gbp(671_112.50m - 419_445.31m) && outcome < Money.Gbp(671_112.50m), $"outcome paid {outcome}");

        // Two parties only: whatever Circle is due at year end, the CCG pays.
        Assert.Equal(settlement.StatementFor(Circle).Total, -settlement.StatementFor(Ccg).Total);
        Assert.Equal(outcome - Money.Gbp(382_580.62m), settlement.StatementFor(Circle).Total);
        Assert.True(settlement.AllChecksPassed);
    }
}
