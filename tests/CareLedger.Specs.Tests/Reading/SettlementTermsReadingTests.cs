using CareLedger.Domain;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.SharedSavings;

namespace CareLedger.Specs.Tests.Reading;

public class SettlementTermsReadingTests
{
    [Fact]
    public void Shared_savings_read_benchmark_rates_loss_and_years()
    {
        var terms = Assert.Single(ReadAssert.Clean(ContractFiles.With("""
            shared_savings:
              - id: mssp-track
                name: Shared savings against the benchmark
                entity: acute
                payer: ccg
                benchmark:
                  per_member_per_month: 500.00
                minimum_savings_rate: 2%
                minimum_loss_rate: 2%
                max_sharing_rate: 50%
                quality_adjusted: true
                savings_cap: 10%
                loss:
                  rate: complement
                  floor: 40%
                  ceiling: 75%
                  cap: 5%
                withholding: 2%
                from: 2017/18
            """)).Contract!.SharedSavings);

        Assert.Equal((Id<Party>.Of("acute"), Id<Party>.Of("ccg")), (terms.Entity, terms.Payer));
        Assert.Equal(new Benchmark(Money.Gbp(500.00m), null), terms.Benchmark);
        Assert.Equal(("2%", "2%", "50%", "10%", "2%"), (terms.MinimumSavingsRate.ToString(), terms.MinimumLossRate.ToString(), terms.MaxSharingRate.ToString(), terms.SavingsCap.ToString(), terms.Withholding.ToString()));
        Assert.True(terms.QualityAdjusted);
        var loss = terms.Loss!;
        Assert.Equal((LossRateRule.ComplementOfSharingRate, (Percentage?)null), (loss.Rule, loss.FlatRate));
        Assert.Equal((Percentage.Parse("40%"), Percentage.Parse("75%"), Percentage.Parse("5%")), (loss.Floor!.Value, loss.Ceiling!.Value, loss.Cap!.Value));
        Assert.Equal(YearSelector.Only([2, 3]), terms.Years);
    }

    [Fact]
    public void One_sided_shared_savings_default_to_no_withholding_every_year_and_a_benchmark_from_the_actuals()
    {
        var terms = ReadAssert.Clean(ContractFiles.With("""
            shared_savings:
              - { id: one-sided, name: One-sided, entity: acute, payer: ccg, minimum_savings_rate: 2%, max_sharing_rate: 50%, years: all }
              - id: flat
                name: Flat loss rate
                entity: acute
                payer: ccg
                benchmark: { amount: £26.5m }
                minimum_savings_rate: 0%
                max_sharing_rate: 60%
                loss: { rate: flat, flat_rate: 30% }
            """)).Contract!.SharedSavings;

        Assert.Equal((Percentage.Zero, YearSelector.All, false), (terms[0].Withholding, terms[0].Years, terms[0].QualityAdjusted));
        Assert.Equal(new Benchmark(null, null), terms[0].Benchmark);
        Assert.Null(terms[0].Loss);
        Assert.Equal(Money.Gbp(26_500_000.00m), terms[1].Benchmark.Amount!.EveryYear);
        Assert.Equal((LossRateRule.Flat, (Percentage?)Percentage.Parse("30%")), (terms[1].Loss!.Rule, terms[1].Loss!.FlatRate));
    }

    [Fact]
    public void Risk_corridors_read_target_and_bands_with_an_open_top()
    {
        var corridor = Assert.Single(ReadAssert.Clean(ContractFiles.With("""
            risk_corridors:
              - id: marketplace
                name: Marketplace corridor
                entity: acute
                payer: ccg
                target: £26.5m
                bands:
                  - { from: 0%, to: 92%, payer_share: 80% }
                  - { from: 92%, to: 97%, payer_share: 1/2 }
                  - { from: 97%, to: 103%, payer_share: 0% }
                  - { from: 103%, payer_share: 80% }
            """)).Contract!.Corridors);

        Assert.Equal(Money.Gbp(26_500_000.00m), corridor.Target!.EveryYear);
        Assert.Equal(YearSelector.All, corridor.Years);
        Assert.Equal(4, corridor.Bands.Count);
        Assert.Equal((Percentage.Parse("92%"), (Percentage?)Percentage.Parse("97%"), Share.FromFraction(1, 2)), (corridor.Bands[1].From, corridor.Bands[1].To, corridor.Bands[1].PayerShare));
        Assert.Null(corridor.Bands[3].To);
        Assert.Equal(new SourceRef(ReadAssert.File, "risk_corridors[0].bands[3]", 25, 9), corridor.Bands[3].Source);
    }

    [Fact]
    public void Sources_are_kept_as_written()
    {
        var result = ReadAssert.Clean(ContractFiles.With("""
            sources:
              - King's Fund (2015), Bedfordshire MSK case study
              - "NHS England: capitated payment approach, p. 12"
            """));

        Assert.Equal(["King's Fund (2015), Bedfordshire MSK case study", "NHS England: capitated payment approach, p. 12"], result.Sources);
    }
}
