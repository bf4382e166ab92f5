using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Periods;
using CareLedger.Domain.Population;
using CareLedger.Domain.Scope;

namespace CareLedger.Specs.Tests.Reading;

public class BudgetSectionReadingTests
{
    [Fact]
    public void Population_maps_sizes_bands_cohorts_projection_and_tolerance()
    {
        var population = ReadAssert.Clean(ContractFiles.With("""
            population:
              description: People aged 65 and over
              basis: age-group
              size: 150000
              as_of: 2015-04
              weighted_size: 163500.5
              age_bands:
                - { from: 65, to: 74, size: 80000 }
                - { from: 75, to: 84, size: 48000 }
                - { from: 85, size: "22,000" }
              cohorts:
                - { id: top-risk, name: Top 2% by risk, size: 3000 }
              growth_projection: { default: 2.5%, 2018/19: 3% }
              growth_tolerance:
                band: 0.5%
                adjust: whole-difference
                price_per_head: "£1,050"
            """)).Contract!.Population!;

        Assert.Equal("People aged 65 and over", population.Description);
        Assert.Equal(PopulationBasis.AgeGroup, population.Basis);
        Assert.Equal(150_000, population.Size);
        Assert.Equal(new YearMonth(2015, 4), population.AsOf);
        Assert.Equal(163_500.5m, population.WeightedSize);
        Assert.Equal([new AgeBand(65, 74, 80_000), new AgeBand(75, 84, 48_000), new AgeBand(85, null, 22_000)], population.AgeBands);
        Assert.Equal(new Cohort(Id<Cohort>.Of("top-risk"), "Top 2% by risk", 3000), Assert.Single(population.Cohorts));
        Assert.Equal(Percentage.Parse("2.5%"), population.GrowthProjection!.For(2));
        Assert.Equal(Percentage.Parse("3%"), population.GrowthProjection.For(3));
        Assert.Equal(Percentage.Parse("0.5%"), population.Tolerance!.Band);
        Assert.Equal(ToleranceAdjustment.WholeDifference, population.Tolerance.Adjustment);
        Assert.Equal(Money.Gbp(1050.00m), population.Tolerance.PricePerHead);
    }

    [Fact]
    public void Service_lines_are_in_scope_unless_they_say_not()
    {
        var lines = ReadAssert.Clean("""
            careledger: 1
            contract:
              id: mid-notts
              name: Mid-Nottinghamshire
              model: alliance
              term: { start: 2016-04, years: 3 }
            parties:
              - { id: ccg, name: CCG, roles: [commissioner] }
            service_lines:
              - { id: urgent-care, name: Urgent and emergency care }
              - id: primary-care-core
                name: Core primary care
                in_scope: false
                note: Commissioned by NHS England
            baseline:
              spend:
                - { service_line: urgent-care, provider: ccg, amount: £1m }
            """).Contract!.ServiceLines;

        Assert.Equal(
            [
                new ServiceLine(Id<ServiceLine>.Of("urgent-care"), "Urgent and emergency care", true),
                new ServiceLine(Id<ServiceLine>.Of("primary-care-core"), "Core primary care", false, "Commissioned by NHS England"),
            ],
            lines);
    }

    [Fact]
    public void Exclusions_are_sentences_or_descriptions_with_a_service_line()
    {
        var exclusions = ReadAssert.Clean(ContractFiles.With("""
            exclusions:
              - Suspected cancer
              - { description: Children's services, service_line: paediatric-msk }
            """)).Contract!.Exclusions;

        Assert.Equal(
            [new Exclusion("Suspected cancer"), new Exclusion("Children's services", Id<ServiceLine>.Of("paediatric-msk"))],
            exclusions);
    }

    [Fact]
    public void Top_slices_take_an_amount_by_year_or_a_rate_and_a_scope()
    {
        var slices = ReadAssert.Clean(ContractFiles.With("""
            top_slices:
              - id: ooa
                name: Out-of-area activity
                kind: out-of-area
                amount: { default: £1.5m, 2016/17: £1.2m }
                service_lines: [elective]
                providers: [acute]
              - { id: pb, name: Personal budgets, kind: personal-budgets, rate: 2% }
            """)).Contract!.TopSlices;

        Assert.Equal(TopSliceKind.OutOfArea, slices[0].Kind);
        Assert.Equal(Money.Gbp(1_200_000.00m), slices[0].Amount!.For(1));
        Assert.Equal(Money.Gbp(1_500_000.00m), slices[0].Amount!.For(2));
        Assert.Null(slices[0].Rate);
        Assert.Equal(new HashSet<Id<ServiceLine>> { Id<ServiceLine>.Of("elective") }, slices[0].Scope.ServiceLines);
        Assert.Equal(new HashSet<Id<Party>> { Id<Party>.Of("acute") }, slices[0].Scope.Providers);
        Assert.Equal(TopSliceKind.PersonalBudgets, slices[1].Kind);
        Assert.Equal(Percentage.Parse("2%"), slices[1].Rate!.EveryYear);
        Assert.True(slices[1].Scope.IsEverything);
    }

    [Theory]
    [InlineData("26500000", "26500000.00")]
    [InlineData("26500000.00", "26500000.00")]
    [InlineData("\"26,500,000.00\"", "26500000.00")]
    [InlineData("£26.5m", "26500000.00")]
    [InlineData("£860k", "860000.00")]
    [InlineData("£1.2bn", "1200000000.00")]
    [InlineData("1,050", "1050.00")]
    [InlineData("-£2.5k", "-2500.00")]
    [InlineData("£0.015k", "15.00")]
    public void Baseline_amounts_are_exact_in_every_written_form(string written, string expected)
    {
        var cell = ReadAssert.Clean($$"""
            careledger: 1
            contract:
              id: test
              name: Test
              model: alliance
              term: { start: 2016-04, years: 1 }
            parties:
              - { id: ccg, name: CCG, roles: [commissioner] }
            service_lines:
              - { id: msk, name: MSK }
            baseline:
              base_year: 2015/16           # outturn
              spend:
                - service_line: msk
                  provider: ccg
                  amount: {{written}}
                  basis: activity-x-tariff
                  note: From SLAM
            """).Contract!.Baseline.Cells[0];

        Assert.Equal(expected, cell.Amount.ToPlainString());
        Assert.Equal(SpendBasis.ActivityTimesTariff, cell.Basis);
        Assert.Equal("From SLAM", cell.Note);
        Assert.Equal(new SourceRef(ReadAssert.File, "baseline.spend[0]", 14, 7), cell.Source);
    }

    [Fact]
    public void A_baseline_cell_without_a_basis_is_other()
    {
        var baseline = ReadAssert.Clean(ContractFiles.Minimal).Contract!.Baseline;

        var cell = Assert.Single(baseline.Cells);
        Assert.Equal((Id<ServiceLine>.Of("elective"), Id<Party>.Of("acute"), SpendBasis.Other), (cell.ServiceLine, cell.Provider, cell.Basis));
        Assert.Null(baseline.BaseYear);
    }

    [Fact]
    public void A_baseline_cell_can_be_a_weighted_capitation_fair_share()
    {
        var contract = ContractFiles.Minimal.Replace("amount: £10m }", "amount: 71411044.53, basis: weighted-capitation }", StringComparison.Ordinal);

        var cell = Assert.Single(ReadAssert.Clean(contract).Contract!.Baseline.Cells);

        Assert.Equal(SpendBasis.WeightedCapitation, cell.Basis);
        Assert.Equal("71411044.53", cell.Amount.ToPlainString());
    }
}
