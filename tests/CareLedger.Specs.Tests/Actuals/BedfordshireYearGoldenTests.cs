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

        // Worked by hand. Pot 2.5% × 26,844,500.00 = 671,112.50, in four quarters split to the penny with odd
        // pennies to the earliest: 167,778.13, 167,778.13, 167,778.12, 167,778.12. At risk 25/50/75/100% of each,
        // rounded half-up: 41,944.53, 83,889.07, 125,833.59, 167,778.12; the rest is paid regardless.
        // Each quarter's at-risk amount is split by weight (10, 5, 10, 10, 20, 15, 10, 10, 10; largest remainder)
        // and each slice paid at its indicator's score, rounded half-up. Scores: e-referral 100%, online booking
        // 50% (partly), recommend (88.5 − 85) ÷ 5 = 70%, joint gain 1.2 ÷ 1.5 = 80%, community 6 ÷ 10 = 60%,
        // sub-contracts 100%, annual report 50%; by quarter, 18 weeks 0, 0, 100, 100% (binary at 92) and the
        // single pathway 76, 88, 96, 100% (capped).
        //   Q1: 125,833.60 + slices 4,194.46 + 1,048.62 + 2,936.12 + 0 + 6,711.13 + 3,775.01 + 3,187.78 + 4,194.45 + 2,097.23 = 153,978.40
        //   Q2:  83,889.06 + 57,296.25 = 141,185.31;  Q3: 41,944.53 + 99,534.37 = 141,478.90;  Q4: 0 + 133,383.61 = 133,383.61
        // Paid for the year: 153,978.40 + 141,185.31 + 141,478.90 + 133,383.61 = 570,026.22; withheld 101,086.28.
        var outcome = Year(settlement, Circle, StatementElement.Outcome);
        Assert.Equal(Money.Gbp(570_026.22m), outcome);

        // Two parties only: whatever Circle is due at year end, the CCG pays.
        Assert.Equal(settlement.StatementFor(Circle).Total, -settlement.StatementFor(Ccg).Total);
        Assert.Equal(outcome - Money.Gbp(382_580.62m), settlement.StatementFor(Circle).Total);
        Assert.True(settlement.AllChecksPassed);
    }
}
