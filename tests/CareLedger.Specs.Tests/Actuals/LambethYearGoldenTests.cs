using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Settlement;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Templates;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// The Lambeth template's example year (2017/18, the optional third year, paid by direct cost reimbursement) settled
/// end to end from the shipped files, every figure worked by hand from the template's terms and the example actuals.
/// </summary>
/// <remarks>
/// The 2017/18 budget is 2016/17's cells unchanged: inpatient beds £2,500,000.00 and community rehabilitation
/// £1,500,000.00 at SLaM; supported housing £1,444,444.44 at Thames Reach and £1,555,555.56 at Certitude; residential
/// placements £1,000,000.00 at adult social care: £8,000,000.00. Community, housing and placements are paid at cost.
/// </remarks>
public sealed class LambethYearGoldenTests
{
    private static readonly Id<Party> Ccg = Id<Party>.Of("lambeth-ccg");
    private static readonly Id<Party> Council = Id<Party>.Of("lambeth-council");
    private static readonly Id<Party> Slam = Id<Party>.Of("slam");
    private static readonly Id<Party> ThamesReach = Id<Party>.Of("thames-reach");
    private static readonly Id<Party> Certitude = Id<Party>.Of("certitude");
    private static readonly Id<Party> SocialCare = Id<Party>.Of("lambeth-adult-social-care");

    private static PeriodSettlement Settle(string period = "2017/18")
    {
        var template = TemplateCatalog.Find("lambeth-alliance")!;
        var contract = ContractLoader.Load(template.Yaml, "lambeth-alliance.yaml").Contract!;
        var actuals = ActualsLoader.Load(contract, template.ActualsYaml, "lambeth-alliance.actuals.yaml").Actuals!;
        Assert.True(contract.Term.Calendar.TryParse(period, out var parsed, out var error), error);
        return SettlementEngine.Settle(contract, actuals, parsed!);
    }

    private static Money Year(PeriodSettlement settlement, Id<Party> party, StatementElement element) =>
        Money.Sum(settlement.StatementFor(party).Lines.Where(line => line.Element == element && !line.OnAccount).Select(line => line.Amount), Currency.Gbp);

    [Fact]
    public void Slam_keeps_a_lump_sum_for_its_beds_and_is_paid_its_audited_community_costs_at_year_end()
    {
        var settlement = Settle();

        // Fixed: contract value £4,000,000.00 less £1,500,000.00 paid at cost = £2,500,000.00, all paid in the months.
        // Community costs come in one audited statement for the year, £1,512,250.25: within the cap of 105% ×
        // £1,500,000.00 = £1,575,000.00, and reported for the year, so no month paid any of it: all due at year end.
        Assert.Equal(Money.Gbp(2_500_000.00m), Year(settlement, Slam, StatementElement.Fixed));
        Assert.Equal(Money.Gbp(1_512_250.25m), Year(settlement, Slam, StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(1_512_250.25m), settlement.StatementFor(Slam).Total);
    }

    [Fact]
    public void Thames_reach_under_plan_is_paid_what_it_reported_month_by_month()
    {
        var settlement = Settle();

        // 12 × £118,000.00 = £1,416,000.00, under its £1,444,444.44 plan: paid in full, all on account.
        Assert.Equal(Money.Gbp(1_416_000.00m), Year(settlement, ThamesReach, StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(0m), settlement.StatementFor(ThamesReach).Total);
    }

    [Fact]
    public void Certitude_over_its_cap_is_held_at_it_and_the_last_month_pays_only_what_is_left()
    {
        var year = Settle();
        var february = Settle("2017/18-M12");

        // Cap 105% × £1,555,555.56 = £1,633,333.338, rounded half-up to £1,633,333.34. Reported 12 × £137,600.00 =
        // £1,651,200.00, so the year pays £1,633,333.34. The first eleven months paid 11 × £137,600.00 = £1,513,600.00;
        // February pays £1,633,333.34 − £1,513,600.00 = £119,733.34, and nothing is left for the year end.
        Assert.Equal(Money.Gbp(1_633_333.34m), Year(year, Certitude, StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(119_733.34m), february.StatementFor(Certitude).Total);
        Assert.Equal(Money.Gbp(0m), year.StatementFor(Certitude).Total);
    }

    [Fact]
    public void Adult_social_care_is_paid_each_quarters_placements_in_its_last_month()
    {
        var may = Settle("2017/18-M03");
        var year = Settle();

        // Q1 £255,000.00 is paid in May (M03); the year's £1,035,000.00 is within the £1,050,000.00 cap.
        Assert.Equal(Money.Gbp(255_000.00m), may.StatementFor(SocialCare).Total);
        Assert.Equal(Money.Gbp(1_035_000.00m), Year(year, SocialCare, StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(0m), year.StatementFor(SocialCare).Total);
    }

    [Fact]
    public void The_commissioners_pay_the_year_60_40_and_owe_slam_s_costs_at_year_end_with_every_check_passing()
    {
        var settlement = Settle();

        // For the year: fixed £2,500,000.00 + at cost £1,512,250.25 + £1,416,000.00 + £1,633,333.34 + £1,035,000.00 =
        // £8,096,583.59, £96,583.59 over the £8m budget because costs came in over plan. The council pays the CCG (the
        // host) 40% of each element: fixed £1,000,000.00; at cost 40% × £5,596,583.59 = £2,238,633.436 →
        // £2,238,633.44 (largest remainder; the CCG's 60% part £3,357,950.154 keeps £3,357,950.15).
        // Due at year end: SLaM's £1,512,250.25, of which the council's share, trued up from the months, is
        // £2,238,633.44 less the £1,633,733.34 it paid on account = £604,900.10, and the CCG's £907,350.15.
        Assert.Equal(Money.Gbp(8_096_583.59m), settlement.CommissionerOutflowForPeriod);
        Assert.Equal(Money.Gbp(1_512_250.25m), settlement.CommissionerOutflow);
        Assert.Equal(Money.Gbp(-2_238_633.44m), Year(settlement, Council, StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(-604_900.10m), settlement.StatementFor(Council).Total);
        Assert.Equal(Money.Gbp(-907_350.15m), settlement.StatementFor(Ccg).Total);
        Assert.True(settlement.AllChecksPassed, string.Join("; ", settlement.Checks.Where(check => !check.Passed).Select(check => check.Detail)));
    }
}
