using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Specs.Tests.Reading;

public class AdjustmentReadingTests
{
    [Fact]
    public void Each_kind_of_adjustment_maps_to_its_domain_step_in_order()
    {
        var adjustments = ReadAssert.Clean(ContractFiles.With("""
            adjustments:
              - kind: growth
                name: Agreed annual growth
                rate: 1.3%
                from: 2017/18
              - { kind: efficiency, rate: 2%, to_year: 2017/18 }
              - kind: savings
                name: QIPP
                amount: £2m
                service_lines: [elective]
              - kind: shift
                name: Acute to community
                amount: £500k
                service_lines: [elective]
                providers: [acute]
                to: { service_line: community, provider: community-trust }
              - { kind: vat, rate: 20%, funded: false, years: [2016/17, 2018/19] }
              - { kind: demography, rate: 0.5%, from: 2017/18, to_year: 2017/18 }
              - { kind: shift, rate: 3%, to: { service_line: elective, provider: ccg } }
            """)).Contract!.Adjustments;

        Assert.Equal(7, adjustments.Count);
        var growth = Assert.IsType<RateAdjustment>(adjustments[0]);
        Assert.Equal(("Agreed annual growth", AdjustmentKind.Growth, Percentage.Parse("1.3%")), (growth.Name, growth.Kind, growth.Rate));
        Assert.Equal(YearSelector.Only([2, 3]), growth.Years);
        Assert.True(growth.Scope.IsEverything);

        var efficiency = Assert.IsType<RateAdjustment>(adjustments[1]);
        Assert.Equal(("efficiency", AdjustmentKind.Efficiency), (efficiency.Name, efficiency.Kind));
        Assert.Equal(YearSelector.Only([1, 2]), efficiency.Years);

        var savings = Assert.IsType<AmountAdjustment>(adjustments[2]);
        Assert.Equal(("QIPP", AdjustmentKind.Savings, Money.Gbp(2_000_000.00m)), (savings.Name, savings.Kind, savings.Amount));
        Assert.Equal(new HashSet<Id<ServiceLine>> { Id<ServiceLine>.Of("elective") }, savings.Scope.ServiceLines);
        Assert.Null(savings.Scope.Providers);
        Assert.Equal(YearSelector.All, savings.Years);

        var shift = Assert.IsType<ShiftAdjustment>(adjustments[3]);
        Assert.Equal(AmountOrRate.Of(Money.Gbp(500_000.00m)), shift.Moved);
        Assert.Equal((Id<ServiceLine>.Of("community"), Id<Party>.Of("community-trust")), (shift.ToServiceLine, shift.ToProvider));
        Assert.Equal(new HashSet<Id<Party>> { Id<Party>.Of("acute") }, shift.Scope.Providers);

        var vat = Assert.IsType<VatAdjustment>(adjustments[4]);
        Assert.Equal((Percentage.Parse("20%"), false), (vat.Rate, vat.Funded));
        Assert.Equal(YearSelector.Only([1, 3]), vat.Years);

        Assert.Equal(YearSelector.Only([2]), adjustments[5].Years);
        var rateShift = Assert.IsType<ShiftAdjustment>(adjustments[6]);
        Assert.Equal(AmountOrRate.Of(Percentage.Parse("3%")), rateShift.Moved);
    }

    [Fact]
    public void Vat_is_funded_unless_it_says_not()
    {
        var vat = ReadAssert.Clean(ContractFiles.With("""
            adjustments:
              - { kind: vat, name: VAT on community services, rate: 20% }
            """)).Contract!.Adjustments[0];

        Assert.True(Assert.IsType<VatAdjustment>(vat).Funded);
        Assert.Equal("VAT on community services", vat.Name);
    }

    [Fact]
    public void Rate_projection_becomes_one_rate_adjustment_per_projected_rate_from_year_two()
    {
        var adjustments = ReadAssert.Clean(ContractFiles.With("""
            population:
              basis: age-group
              size: 150000
              growth_projection: { default: 2.5%, 2018/19: 3% }
            adjustments:
              - { kind: population-growth, rate: projection }
            """)).Contract!.Adjustments;

        Assert.Equal(2, adjustments.Count);
        Assert.All(adjustments, adjustment => Assert.Equal("population-growth", adjustment.Name));
        var first = Assert.IsType<RateAdjustment>(adjustments[0]);
        var second = Assert.IsType<RateAdjustment>(adjustments[1]);
        Assert.Equal((AdjustmentKind.PopulationGrowth, Percentage.Parse("2.5%"), YearSelector.Only([2])), (first.Kind, first.Rate, first.Years));
        Assert.Equal((AdjustmentKind.PopulationGrowth, Percentage.Parse("3%"), YearSelector.Only([3])), (second.Kind, second.Rate, second.Years));
    }

    [Fact]
    public void Rate_projection_without_a_projection_is_reported_at_the_rate()
    {
        ReadAssert.Only(
            ContractFiles.With("""
            adjustments:
              - { kind: population-growth, rate: projection }
            """),
            Diagnostics.DiagnosticCodes.MissingRequired,
            16,
            38,
            "adjustments[0].rate: 'rate: projection' needs population.growth_projection");
    }
}
