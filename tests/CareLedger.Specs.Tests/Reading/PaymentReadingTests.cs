using CareLedger.Domain;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;

namespace CareLedger.Specs.Tests.Reading;

public class PaymentReadingTests
{
    [Fact]
    public void Without_payment_everything_is_fixed_and_paid_monthly()
    {
        var payment = ReadAssert.Clean(ContractFiles.Minimal).Contract!.Payment;

        Assert.Null(payment.Fixed.Share);
        Assert.Equal(InstalmentFrequency.Monthly, payment.Fixed.Instalments.Frequency);
        Assert.Null(payment.Fixed.Instalments.Profile);
        Assert.Null(payment.Variable);
        Assert.Null(payment.Outcome);
        Assert.Empty(payment.ManagementFees);
        Assert.Empty(payment.Overrides);
    }

    [Fact]
    public void A_fixed_share_with_a_quarterly_profile_keeps_the_exact_shares()
    {
        var fixedTerms = ReadAssert.Clean(ContractFiles.With("""
            payment:
              fixed:
                share: 95%
                instalments: { profile: [1/3, 1/6, 1/6, 1/3] }
            """)).Contract!.Payment.Fixed;

        Assert.Equal(Percentage.Parse("95%"), fixedTerms.Share);
        Assert.Equal(InstalmentFrequency.Quarterly, fixedTerms.Instalments.Frequency);
        Assert.Equal([Share.FromFraction(1, 3), Share.FromFraction(1, 6), Share.FromFraction(1, 6), Share.FromFraction(1, 3)], fixedTerms.Instalments.Profile!);
    }

    [Fact]
    public void Variable_mechanisms_read_volume_and_patient_choice_terms()
    {
        var variable = ReadAssert.Clean(ContractFiles.With("""
            payment:
              variable:
                share: 3%
                mechanisms:
                  - id: elective-volume
                    kind: volume
                    name: Elective activity against plan
                    service_lines: [elective]
                    providers: [acute, nuh]
                    unit_price: "£1,450"
                    above_plan_rate: 75%
                    below_plan_rate: 50%
                    dead_band: 2%
                    cap: 5%
                    collar: £250k
                  - id: acute-choice
                    kind: patient-choice
                    name: Money follows patient choice
                    providers: [acute, nuh, ulh]
                    pool: £2m
                    cap: £500k
            """)).Contract!.Payment.Variable!;

        Assert.Equal(Percentage.Parse("3%"), variable.PlannedShare.EveryYear);
        var volume = Assert.IsType<VolumeMechanism>(variable.Mechanisms[0]);
        Assert.Equal((Money.Gbp(1450.00m), Percentage.Parse("75%"), Percentage.Parse("50%")), (volume.UnitPrice!.Value, volume.AboveRate, volume.BelowRate));
        Assert.Equal(Percentage.Parse("2%"), volume.DeadBand);
        Assert.Equal(AmountOrRate.Of(Percentage.Parse("5%")), volume.Cap!.Bound);
        Assert.Equal(AmountOrRate.Of(Money.Gbp(250_000.00m)), volume.Collar!.Bound);
        var choice = Assert.IsType<PatientChoiceMechanism>(variable.Mechanisms[1]);
        Assert.Equal([Id<Party>.Of("acute"), Id<Party>.Of("nuh"), Id<Party>.Of("ulh")], choice.Providers);
        Assert.Equal(AmountOrRate.Of(Money.Gbp(2_000_000.00m)), choice.Pool.Bound);
        Assert.Null(choice.Collar);
    }

    [Fact]
    public void The_outcome_element_reads_by_year_values_and_phasing_by_quarter()
    {
        var outcome = ReadAssert.Clean(ContractFiles.With("""
            payment:
              outcome:
                share: { default: 15%, 2016/17: 0% }
                framework: { default: f2, 2016/17: f1 }
                aggregation: per-indicator
                phasing:
                  - { years: 2016/17, applied: false }
                  - { years: 2017/18, at_risk: [25%, 50%, 75%, 100%] }
                  - { from: 2017/18, at_risk: 60% }
            """)).Contract!.Payment.Outcome!;

        Assert.Equal([Percentage.Parse("0%"), Percentage.Parse("15%"), Percentage.Parse("15%")], [outcome.PotShare.For(1), outcome.PotShare.For(2), outcome.PotShare.For(3)]);
        Assert.Equal([Id<OutcomesFramework>.Of("f1"), Id<OutcomesFramework>.Of("f2")], [outcome.Framework.For(1), outcome.Framework.For(2)]);
        Assert.Equal(OutcomeAggregation.PerIndicator, outcome.Aggregation);
        Assert.Equal(Percentage.Hundred, outcome.Threshold);

        var first = outcome.Phasing.For(1);
        Assert.False(first.Applied);
        Assert.Equal([Percentage.Hundred], first.AtRiskByQuarter);
        var second = outcome.Phasing.For(2);
        Assert.True(second.Applied);
        Assert.Equal(["25%", "50%", "75%", "100%"], second.AtRiskByQuarter.Select(share => share.ToString()));
        Assert.Equal(Percentage.Parse("60%"), outcome.Phasing.For(3).AtRiskIn(4));
    }

    [Fact]
    public void A_year_no_phasing_entry_selects_has_the_whole_pot_at_risk()
    {
        var outcome = ReadAssert.Clean(ContractFiles.With("""
            payment:
              outcome:
                share: 1.8%
                framework: mid-notts-2016-17
                aggregation: all-or-nothing
                threshold: 90%
                phasing:
                  - { years: 2016/17, applied: false }
            """)).Contract!.Payment.Outcome!;

        Assert.Equal(Percentage.Parse("90%"), outcome.Threshold);
        Assert.Equal((true, Percentage.Hundred), (outcome.Phasing.For(3).Applied, outcome.Phasing.For(3).AtRiskIn(1)));
    }

    [Fact]
    public void The_management_fee_and_overrides_are_read()
    {
        var payment = ReadAssert.Clean(ContractFiles.With("""
            payment:
              management_fee:
                payee: acute
                amount: { default: £300k, 2018/19: £250k }
                basis: on-top
                funded_by: macmillan
              overrides:
                - provider: emas
                  variable_share: 0%
                  outcome_share: 1.8%
                  fixed_share: 98.2%
            """)).Contract!.Payment;

        var fee = Assert.Single(payment.ManagementFees);
        Assert.Equal((Id<Party>.Of("acute"), FeeBasis.OnTop, (Id<Party>?)Id<Party>.Of("macmillan")), (fee.Payee, fee.Basis, fee.FundedBy));
        Assert.Null(fee.Rate);
        Assert.Equal((Money.Gbp(300_000.00m), Money.Gbp(250_000.00m)), (fee.Amount!.For(2), fee.Amount.For(3)));
        var item = Assert.Single(payment.Overrides);
        Assert.Equal(Id<Party>.Of("emas"), item.Provider);
        Assert.Equal(Percentage.Parse("98.2%"), item.FixedShare);
        Assert.Equal(Percentage.Parse("0%"), item.VariableShare!.EveryYear);
        Assert.Equal(Percentage.Parse("1.8%"), item.OutcomeShare!.EveryYear);
    }

    [Fact]
    public void A_fee_rate_defaults_to_within_contract_value_funded_by_the_commissioners()
    {
        var fee = ReadAssert.Clean(ContractFiles.With("""
            payment:
              management_fee: { payee: acute, rate: 2.5% }
            """)).Contract!.Payment.ManagementFees.Single();

        Assert.Equal((FeeBasis.WithinContractValue, (Id<Party>?)null), (fee.Basis, fee.FundedBy));
        Assert.Equal(Percentage.Parse("2.5%"), fee.Rate!.EveryYear);
    }

    [Fact]
    public void Management_fees_can_be_a_list_one_per_payee()
    {
        var fees = ReadAssert.Clean(ContractFiles.With("""
            payment:
              management_fee:
                - { payee: acute, rate: 2.5% }
                - { payee: ccg, amount: £300k, basis: on-top }
            """)).Contract!.Payment.ManagementFees;

        Assert.Equal([Id<Party>.Of("acute"), Id<Party>.Of("ccg")], fees.Select(fee => fee.Payee));
        Assert.Equal(FeeBasis.OnTop, fees[1].Basis);
        Assert.Equal(Money.Gbp(300_000.00m), fees[1].Amount!.EveryYear);
    }
}
