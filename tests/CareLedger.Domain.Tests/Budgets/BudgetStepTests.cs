using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;
using CareLedger.TestSupport;

namespace CareLedger.Domain.Tests.Budgets;

public sealed class BudgetStepTests
{
    private static readonly Id<ServiceLine> Acute = Id<ServiceLine>.Of("acute");
    private static readonly Id<ServiceLine> Community = Id<ServiceLine>.Of("community");
    private static readonly Id<Party> Trust = Id<Party>.Of("trust");
    private static readonly Id<Party> Community_provider = Id<Party>.Of("community-trust");

    private static ContractBuilder TwoProviders() => new ContractBuilder()
        .Term(2016, 4, 24)
        .Party("ccg", PartyRole.Commissioner)
        .Party("trust", PartyRole.Provider)
        .Party("community-trust", PartyRole.Provider)
        .Cell("acute", "trust", 60_000_000.00m)
        .Cell("community", "community-trust", 40_000_000.00m);

    [Fact]
    public void Salford_pool_of_98_million_splits_two_thirds_and_one_third_to_the_penny()
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

        var year = BudgetEngine.Build(contract).Years[0];

        // 9,800,000,000p × 2/3 = 6,533,333,333.33…p → 6,533,333,333 (remainder 1/3);
        // × 1/3 = 3,266,666,666.66…p → 3,266,666,666 (remainder 2/3). One penny left goes to the larger remainder.
        Assert.Equal("2014/15", year.Year.Label);
        Assert.Equal(Money.Gbp(65_333_333.33m), year.Funding[0].Amount);
        Assert.Equal(Money.Gbp(32_666_666.67m), year.Funding[1].Amount);
        Assert.Equal(year.GrossBudget, year.Funding[0].Amount + year.Funding[1].Amount);
    }

    [Fact]
    public void A_term_of_three_and_a_half_years_pro_rates_its_last_half_year()
    {
        var contract = new ContractBuilder()
            .Term(2014, 10, 42)
            .Party("ccg", PartyRole.Commissioner)
            .Party("trust", PartyRole.Provider)
            .Cell("older-people", "trust", 98_000_000.00m)
            .Build();

        var plan = BudgetEngine.Build(contract);

        Assert.Equal(["2014/15", "2015/16", "2016/17", "2017/18"], plan.Years.Select(year => year.Year.Label));
        var last = plan.Years[3];
        Assert.Equal(6, last.Year.CoveredMonths);
        var partYear = last.Steps.Single();
        Assert.Equal(BudgetStepKind.PartYear, partYear.Kind);
        Assert.Equal(Money.Gbp(-49_000_000.00m), partYear.Change);
        Assert.Equal(Money.Gbp(49_000_000.00m), last.WholePopulationBudget);
    }

    [Fact]
    public void A_part_first_year_does_not_shrink_the_years_that_follow()
    {
        // Financial years, term starting in October: 2014/15 covers 6 months, 2015/16 is a full year again.
        var contract = TwoProviders().Term(2014, 10, 18, yearStartMonth: 4).Build();

        var plan = BudgetEngine.Build(contract);

        Assert.Equal(Money.Gbp(50_000_000.00m), plan.Years[0].WholePopulationBudget);
        Assert.Equal(Money.Gbp(100_000_000.00m), plan.Years[1].WholePopulationBudget);
    }

    [Fact]
    public void A_rate_adjustment_is_rounded_once_on_its_total_and_spread_over_the_cells()
    {
        // 1/3% of £100m = £333,333.333… → £333,333.33, spread 60:40 → 199,999.998 → 200,000.00 and 133,333.33.
        var contract = TwoProviders().Rate(AdjustmentKind.Inflation, 0.3333333333333333333333333333m).Build();

        var step = BudgetEngine.Build(contract).Years[0].Steps.Single();

        Assert.Equal(Money.Gbp(333_333.33m), step.Change);
        Assert.Equal(Money.Gbp(200_000.00m), step.ChangeTo(new BudgetCellKey(Acute, Trust)));
        Assert.Equal(Money.Gbp(133_333.33m), step.ChangeTo(new BudgetCellKey(Community, Community_provider)));
    }

    [Fact]
    public void Efficiency_and_savings_take_money_away()
    {
        var contract = TwoProviders()
            .Rate(AdjustmentKind.Efficiency, 2m)
            .WithAdjustment(new AmountAdjustment("QIPP", AdjustmentKind.Savings, Money.Gbp(1_000_000m), YearSelector.All, CellScope.Everything))
            .Build();

        var year = BudgetEngine.Build(contract).Years[0];

        Assert.Equal(Money.Gbp(-2_000_000.00m), year.Steps[0].Change);
        Assert.Equal(Money.Gbp(-1_000_000.00m), year.Steps[1].Change);
        Assert.Equal(Money.Gbp(97_000_000.00m), year.WholePopulationBudget);
    }

    [Fact]
    public void A_shift_moves_money_between_providers_without_changing_the_total()
    {
        var contract = TwoProviders()
            .WithAdjustment(new ShiftAdjustment("Acute to community", AmountOrRate.Of(Money.Gbp(500_000m)), Community, Community_provider, YearSelector.All, new CellScope(new HashSet<Id<ServiceLine>> { Acute }, null)))
            .Build();

        var year = BudgetEngine.Build(contract).Years[0];
        var shift = year.Steps.Single();

        Assert.Equal(Money.Gbp(0m), shift.Change);
        Assert.Equal(Money.Gbp(500_000m), shift.Moved);
        Assert.Equal(Money.Gbp(59_500_000m), year.BudgetFor(new BudgetCellKey(Acute, Trust)));
        Assert.Equal(Money.Gbp(40_500_000m), year.BudgetFor(new BudgetCellKey(Community, Community_provider)));
        Assert.Equal(Money.Gbp(100_000_000m), year.WholePopulationBudget);
    }

    [Fact]
    public void A_shift_to_a_provider_with_no_baseline_creates_its_cell()
    {
        var contract = TwoProviders()
            .Party("gp-federation", PartyRole.Provider)
            .WithAdjustment(new ShiftAdjustment("Into general practice", AmountOrRate.Of(Percentage.FromPercent(1m)), Community, Id<Party>.Of("gp-federation"), YearSelector.All, new CellScope(new HashSet<Id<ServiceLine>> { Acute }, null)))
            .Build();

        var year = BudgetEngine.Build(contract).Years[0];

        Assert.Equal(Money.Gbp(600_000.00m), year.BudgetFor(new BudgetCellKey(Community, Id<Party>.Of("gp-federation"))));
        var allocation = AllocationEngine.Allocate(contract, year);
        Assert.Equal(3, allocation.Providers.Count);
    }

    [Fact]
    public void Unfunded_VAT_is_reported_as_a_pressure_and_changes_nothing()
    {
        var contract = TwoProviders()
            .WithAdjustment(new VatAdjustment("VAT on community services", Percentage.FromPercent(20m), false, YearSelector.All, new CellScope(new HashSet<Id<ServiceLine>> { Community }, null)))
            .Build();

        var year = BudgetEngine.Build(contract).Years[0];

        Assert.Equal(BudgetStepKind.UnfundedVat, year.Steps.Single().Kind);
        Assert.Equal(Money.Gbp(8_000_000.00m), year.UnfundedPressure);
        Assert.Equal(Money.Gbp(100_000_000.00m), year.WholePopulationBudget);
    }

    [Fact]
    public void Top_slices_come_off_after_adjustments_and_before_allocation()
    {
        var contract = TwoProviders()
            .Rate(AdjustmentKind.Growth, 10m)
            .WithTopSlice(new TopSlice(Id<TopSlice>.Of("ooa"), "Out of area", TopSliceKind.OutOfArea, null, YearSchedule<Percentage>.Constant(Percentage.FromPercent(5m)), new CellScope(new HashSet<Id<ServiceLine>> { Acute }, null)))
            .WithTopSlice(new TopSlice(Id<TopSlice>.Of("personal-budgets"), "Personal budgets", TopSliceKind.PersonalBudgets, YearSchedule<Money>.Constant(Money.Gbp(1_000_000m)), null, CellScope.Everything))
            .Build();

        var year = BudgetEngine.Build(contract).Years[0];

        // Gross 110m; 5% of acute (66m) = 3.3m; then 1m across everything: 110 − 3.3 − 1 = 105.7m.
        Assert.Equal(Money.Gbp(110_000_000m), year.GrossBudget);
        Assert.Equal(Money.Gbp(4_300_000m), year.TopSliceTotal);
        Assert.Equal(Money.Gbp(105_700_000m), year.WholePopulationBudget);
        var allocation = AllocationEngine.Allocate(contract, year);
        Assert.Equal(year.WholePopulationBudget, allocation.Total(Currency.Gbp));
    }

    [Fact]
    public void A_top_slice_larger_than_its_cells_is_reported()
    {
        var contract = TwoProviders()
            .WithTopSlice(new TopSlice(Id<TopSlice>.Of("ooa"), "Out of area", TopSliceKind.OutOfArea, YearSchedule<Money>.Constant(Money.Gbp(70_000_000m)), null, new CellScope(new HashSet<Id<ServiceLine>> { Acute }, null)))
            .Build();

        var plan = BudgetEngine.Build(contract);

        Assert.Equal(2, plan.Issues.Count);
        Assert.Contains("more than the cells it is taken from hold", plan.Issues[0].Message);
        Assert.Equal(plan.Years[0].Year, plan.Issues[0].Year);
    }

    [Fact]
    public void Out_of_scope_spend_is_shown_but_never_budgeted()
    {
        var contract = TwoProviders().Line("primary-care-core", inScope: false).Cell("primary-care-core", "trust", 5_000_000m).Build();

        var plan = BudgetEngine.Build(contract);

        Assert.Equal(Money.Gbp(5_000_000m), plan.OutOfScopeBaseline.Single().Amount);
        Assert.Equal(Money.Gbp(100_000_000m), plan.Years[0].WholePopulationBudget);
    }
}
