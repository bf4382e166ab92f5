using CareLedger.Domain.Actuals;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;
using CareLedger.Domain.Settlement;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Settlement.Reimbursement;

/// <summary>
/// Cost reimbursement, worked by hand. A housing provider (supported housing £1,200,000.00) and a trust (inpatient
/// £2,400,000.00, community £600,000.00); supported housing and community are paid at actual allowable cost, capped at
/// 105% of plan: housing's cap £1,260,000.00, the trust's £630,000.00.
/// </summary>
public sealed class CostReimbursementRuleTests
{
    private static readonly Id<Party> Ccg = Id<Party>.Of("ccg");
    private static readonly Id<Party> Housing = Id<Party>.Of("housing");
    private static readonly Id<Party> Trust = Id<Party>.Of("trust");
    private static readonly Id<ServiceLine> SupportedHousing = Id<ServiceLine>.Of("supported-housing");
    private static readonly Id<ServiceLine> Community = Id<ServiceLine>.Of("community");

    [Fact]
    public void The_budget_takes_the_reimbursed_lines_out_of_the_fixed_element_and_resolves_the_cap()
    {
        var allocation = AllocationEngine.Allocate(BudgetEngine.Build(Contract()))[0];

        // Trust: contract value £3,000,000.00 less £600,000.00 on community = fixed £2,400,000.00, £200,000.00 a month.
        var trust = allocation.Providers.Single(provider => provider.Payee.Id == Trust);
        Assert.Equal(Money.Gbp(2_400_000.00m), trust.Fixed.Amount);
        Assert.Equal(Money.Gbp(600_000.00m), trust.CostReimbursement!.Amount);
        var reimbursed = Assert.Single(trust.Reimbursed!);
        Assert.Equal([Community], reimbursed.ServiceLines);
        Assert.Equal(Money.Gbp(630_000.00m), reimbursed.Cap);
        Assert.All(trust.Instalments, instalment => Assert.Equal(Money.Gbp(200_000.00m), instalment.Amount));
        Assert.Equal(PaymentElement.CostReimbursement, trust.Elements.Last().Element);

        // Housing: all of its £1,200,000.00 is reimbursed, so its fixed element is £0.00.
        var housing = allocation.Providers.Single(provider => provider.Payee.Id == Housing);
        Assert.Equal(Money.Gbp(0m), housing.Fixed.Amount);
        Assert.Equal(Money.Gbp(1_260_000.00m), Assert.Single(housing.Reimbursed!).Cap);
    }

    [Theory]
    // 105% × £1,000,000.10 = £1,050,000.105, a midpoint: half-up £1,050,000.11, half-even £1,050,000.10.
    [InlineData(RoundingRule.HalfUp, 1_050_000.11)]
    [InlineData(RoundingRule.HalfEven, 1_050_000.10)]
    public void A_cap_given_as_a_rate_is_rounded_once_with_the_contracts_tie_rule(RoundingRule rounding, decimal cap)
    {
        var contract = new ContractBuilder()
            .Term(2016, 4, 12)
            .Rounding(rounding)
            .Party("ccg", PartyRole.Commissioner)
            .Party("housing", PartyRole.Provider)
            .Cell("supported-housing", "housing", 1_000_000.10m)
            .WithPayment(Payment(Terms(Percentage.FromPercent(105m))))
            .Build();

        var housing = AllocationEngine.Allocate(BudgetEngine.Build(contract))[0].Providers.Single();

        Assert.Equal(Money.Gbp(cap), Assert.Single(housing.Reimbursed!).Cap);
    }

    [Fact]
    public void A_month_pays_the_costs_reported_for_it_on_account()
    {
        var contract = Contract();

        var april = Settle(contract, MonthlyHousingAndQuarterlyTrust(), "2016/17-M01");

        // Housing reported £100,000.00 for April and has no fixed instalments; the trust reported nothing for April
        // (its costs are by quarter) and is paid its £200,000.00 fixed instalment.
        Assert.Equal(Money.Gbp(100_000.00m), april.StatementFor(Housing).Total);
        Assert.Equal(Money.Gbp(100_000.00m), april.StatementFor(Housing).TotalOf(StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(0m), april.StatementFor(Trust).TotalOf(StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(-300_000.00m), april.StatementFor(Ccg).Total);
        Assert.True(april.AllChecksPassed);
    }

    [Fact]
    public void In_year_payments_stop_at_the_years_cap()
    {
        var contract = Contract();
        var actuals = MonthlyHousingAndQuarterlyTrust();

        var march = Settle(contract, actuals, "2016/17-M12");
        var june = Settle(contract, actuals, "2016/17-M03");

        // Housing: M01–M11 £100,000.00 each = £1,100,000.00; March £170,000.01 brings it to £1,270,000.01, over the
        // £1,260,000.00 cap: March pays £1,260,000.00 − £1,100,000.00 = £160,000.00.
        var line = Assert.Single(march.StatementFor(Housing).Lines);
        Assert.Equal(Money.Gbp(160_000.00m), line.Amount);
        Assert.EndsWith("allowable costs £170,000.01 reported in 2016/17-M12, held to the year's cap £1,260,000.00", line.Reason);
        // The trust's Q1 cost (£150,000.00) is reimbursed in the quarter's last month.
        Assert.Equal(Money.Gbp(150_000.00m), june.StatementFor(Trust).TotalOf(StatementElement.CostReimbursement));
    }

    [Fact]
    public void The_year_end_holds_the_years_costs_at_the_cap_and_deducts_what_the_months_paid()
    {
        var contract = Contract();

        var year = Settle(contract, MonthlyHousingAndQuarterlyTrust(), "2016/17");

        // Housing: £1,270,000.01 reported, held at £1,260,000.00; the months paid 11 × £100,000.00 + £160,000.00 =
        // £1,260,000.00 on account, so nothing is due at year end. Trust: Q1–Q3 £150,000.00 each and Q4 £190,000.00 =
        // £640,000.00, held at £630,000.00; paid on account £450,000.00 + (£630,000.00 − £450,000.00) = £630,000.00.
        Assert.Equal(Money.Gbp(1_260_000.00m), Entitlement(year, Housing));
        Assert.Equal(Money.Gbp(0m), year.StatementFor(Housing).TotalOf(StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(630_000.00m), Entitlement(year, Trust));
        Assert.Equal(Money.Gbp(0m), year.StatementFor(Trust).TotalOf(StatementElement.CostReimbursement));
        var line = year.StatementFor(Housing).Lines.Single(candidate => candidate.Element == StatementElement.CostReimbursement && !candidate.OnAccount);
        Assert.Equal("Cost reimbursement 'Housing and community at cost' for housing: allowable costs £1,270,000.01 against £1,200,000.00 planned, held at the cap £1,260,000.00", line.Reason);
        var explanation = line.Explanation;
        Assert.Equal("cost-reimbursement", explanation.Rule);
        Assert.Equal(12, explanation.Inputs.Count(input => input.Name.Contains("supported-housing allowable cost (evidence: ledger)", StringComparison.Ordinal) && input.Source is null));
        Assert.Contains(explanation.Steps, step => step.Description == "held at the cap" && step.Value.ToString() == "£1,260,000.00");
        Assert.True(year.AllChecksPassed, string.Join("; ", year.Checks.Where(check => !check.Passed).Select(check => check.Detail)));
    }

    [Fact]
    public void A_cost_reported_only_for_the_year_is_paid_at_the_year_end()
    {
        var contract = Contract();
        var yearPeriod = contract.Term.Calendar.Years[0].AsPeriod();
        var actuals = ContractActuals.Empty with { AllowableCosts = [new AllowableCostActual(yearPeriod, Trust, Community, Money.Gbp(580_000.00m))] };

        var march = Settle(contract, actuals, "2016/17-M12");
        var year = Settle(contract, actuals, "2016/17");

        // No month reimburses a year's cost; the year end pays all £580,000.00 (within the £630,000.00 cap).
        Assert.Equal(Money.Gbp(0m), march.StatementFor(Trust).TotalOf(StatementElement.CostReimbursement));
        Assert.Equal(Money.Gbp(580_000.00m), year.StatementFor(Trust).TotalOf(StatementElement.CostReimbursement));
        Assert.True(year.AllChecksPassed);
    }

    [Fact]
    public void A_provider_that_reports_no_costs_is_paid_nothing_and_the_year_end_says_so()
    {
        var contract = Contract();

        var year = Settle(contract, ContractActuals.Empty, "2016/17");

        var line = year.StatementFor(Housing).Lines.Single(candidate => candidate.Element == StatementElement.CostReimbursement);
        Assert.Equal(Money.Gbp(0m), line.Amount);
        Assert.Contains("no allowable costs reported for 2016/17", line.Reason, StringComparison.Ordinal);
        Assert.Contains(year.Notes, note => note.Message.Contains("housing reported no allowable costs for 2016/17", StringComparison.Ordinal));
        Assert.True(year.AllChecksPassed);
    }

    [Fact]
    public void A_cost_for_the_provider_as_a_whole_counts_only_under_terms_that_name_no_lines()
    {
        var year = new ContractBuilder().Term(2016, 4, 12).Build().Term.Calendar.Years[0];
        var whole = new AllowableCostActual(year.AsPeriod(), Trust, null, Money.Gbp(1m));
        var byLine = Terms(null);
        var everyLine = byLine with { Scope = new CellScope(null, new HashSet<Id<Party>> { Trust }) };

        Assert.False(Domain.Settlement.Rules.Reimbursement.ReportedCosts.IsCovered(whole, byLine, year));
        Assert.True(Domain.Settlement.Rules.Reimbursement.ReportedCosts.IsCovered(whole, everyLine, year));
    }

    [Fact]
    public void Years_the_terms_do_not_select_are_paid_in_instalments_as_before()
    {
        var contract = Contract(Terms(Percentage.FromPercent(105m)) with { Years = YearSelector.Only([2]) }, months: 24);

        var allocations = AllocationEngine.Allocate(BudgetEngine.Build(contract));

        Assert.All(allocations[0].Providers, provider => Assert.Null(provider.Reimbursed));
        Assert.Equal(Money.Gbp(3_000_000.00m), allocations[0].Providers.Single(provider => provider.Payee.Id == Trust).Fixed.Amount);
        Assert.Equal(Money.Gbp(2_400_000.00m), allocations[1].Providers.Single(provider => provider.Payee.Id == Trust).Fixed.Amount);
    }

    internal static CostReimbursementTerms Terms(Percentage? cap) => new(
        Id<CostReimbursementTerms>.Of("housing-and-community"),
        "Housing and community at cost",
        new CellScope(new HashSet<Id<ServiceLine>> { SupportedHousing, Community }, null),
        YearSelector.All,
        cap is { } rate ? Limit.Of(rate) : null,
        new SourceRef("contract.yaml", "payment.cost_reimbursement[0]", 40, 7));

    private static Contract Contract(CostReimbursementTerms? terms = null, int months = 12) => new ContractBuilder()
        .Term(2016, 4, months)
        .Party("ccg", PartyRole.Commissioner)
        .Party("housing", PartyRole.Provider)
        .Party("trust", PartyRole.Provider)
        .Cell("supported-housing", "housing", 1_200_000.00m)
        .Cell("inpatient", "trust", 2_400_000.00m)
        .Cell("community", "trust", 600_000.00m)
        .WithPayment(Payment(terms ?? Terms(Percentage.FromPercent(105m))))
        .Build();

    private static PaymentTerms Payment(CostReimbursementTerms terms) =>
        new(new FixedElementTerms(null, InstalmentSchedule.Monthly), null, null, [], [], [terms]);

    /// <summary>Housing by month: £100,000.00 for M01–M11 and £170,000.01 for M12. The trust's community costs by quarter: £150,000.00 for Q1–Q3, £190,000.00 for Q4.</summary>
    private static ContractActuals MonthlyHousingAndQuarterlyTrust()
    {
        var year = new ContractBuilder().Term(2016, 4, 12).Build().Term.Calendar.Years[0];
        var housing = year.Months().Select(month => new AllowableCostActual(month, Housing, SupportedHousing, Money.Gbp(month.Number == 12 ? 170_000.01m : 100_000.00m), "ledger"));
        var trust = year.Quarters().Select(quarter => new AllowableCostActual(quarter, Trust, Community, Money.Gbp(quarter.Number == 4 ? 190_000.00m : 150_000.00m)));
        return ContractActuals.Empty with { AllowableCosts = [.. housing, .. trust] };
    }

    private static PeriodSettlement Settle(Contract contract, ContractActuals actuals, string label)
    {
        Assert.True(contract.Term.Calendar.TryParse(label, out var period, out var error), error);
        return SettlementEngine.Settle(contract, actuals, period!);
    }

    private static Money Entitlement(PeriodSettlement year, Id<Party> party) =>
        Money.Sum(year.StatementFor(party).Lines.Where(line => line.Element == StatementElement.CostReimbursement && !line.OnAccount).Select(line => line.Amount), Currency.Gbp);
}
