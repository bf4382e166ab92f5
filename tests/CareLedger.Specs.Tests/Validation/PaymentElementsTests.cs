using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.TestSupport.ContractBuilder;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation;

public class PaymentElementsTests
{
    [Fact]
    public void A_stated_fixed_share_that_makes_100_percent_with_the_other_elements_passes()
    {
        var contract = AValidContract().WithFixedShare("95%").BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void A_stated_fixed_share_that_does_not_make_100_percent_is_CL205_at_the_fixed_share()
    {
        var contract = AValidContract().WithFixedShare("94%").BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ElementsDoNotFit);

        Assert.Equal(contract.At(contract.Contract.Payment.Fixed, "share"), diagnostic.Location);
        Assert.StartsWith(
            "the payment elements for every provider add to 99% in every year, not 100% (fixed 94% (stated) + variable 3% + outcome 2%)",
            diagnostic.Message,
            StringComparison.Ordinal);
        Assert.Contains("leave out fixed.share", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outcome_share_rising_in_a_later_year_is_CL205_for_that_year_only()
    {
        var contract = AValidContract()
            .WithFixedShare("95%")
            .WithOutcomeShare(ByYear(Pct("2%"), (3, Pct("15%"))))
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ElementsDoNotFit);

        Assert.Contains("add to 113% in 2018/19, not 100% (fixed 95% (stated) + variable 3% + outcome 15%)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_over_100_percent_without_a_stated_fixed_share_are_CL205_at_the_outcome_share()
    {
        var contract = AValidContract().WithOutcomeShare(EveryYear(Pct("98%"))).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ElementsDoNotFit);

        Assert.Equal(contract.At(contract.Contract.Payment.Outcome!, "share"), diagnostic.Location);
        Assert.StartsWith(
            "the payment elements for every provider take 101% of contract value in every year (variable 3% + outcome 98%), leaving nothing for the fixed element",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_management_fee_within_contract_value_counts_for_its_payee_only()
    {
        var contract = AValidContract().WithFixedShare("95%").WithManagementFee(Hospital, "2.5%").BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ElementsDoNotFit);

        Assert.Equal(contract.At(contract.Contract.Payment.ManagementFees[0], "rate"), diagnostic.Location);
        Assert.StartsWith(
            "the payment elements for 'city-hospital' (City Hospital NHS Trust) add to 102.5% in every year, not 100% "
            + "(fixed 95% (stated) + variable 3% + outcome 2% + management fee 2.5%)",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_management_fee_on_top_does_not_take_a_share_of_contract_value()
    {
        var contract = AValidContract().WithFixedShare("95%").WithManagementFee(Hospital, "2.5%", FeeBasis.OnTop).BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void A_provider_override_that_goes_over_is_CL205_at_the_override()
    {
        var entry = new ProviderPaymentOverride(IdOf<Party>(Community), null, null, EveryYear(Pct("98%")));
        var contract = AValidContract().WithOverride(entry).BuildWithLocations();
        var written = contract.Contract.Payment.Overrides[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ElementsDoNotFit);

        Assert.Equal(contract.At(written, "outcome_share"), diagnostic.Location);
        Assert.StartsWith("the payment elements for 'community-health' (Community Health Trust) take 101%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Bedfordshire_shape_of_95_percent_fixed_with_a_fee_and_an_outcome_pot_passes_for_the_prime()
    {
        var contract = AValidContract()
            .WithModel(Domain.Contracts.ContractModel.PrimeContractor)
            .ChangeParty(Hospital, party => party with { Roles = new HashSet<PartyRole> { PartyRole.Prime, PartyRole.Provider } })
            .ChangeParty(Community, party => party with { Roles = new HashSet<PartyRole> { PartyRole.SubContractor }, Prime = IdOf<Party>(Hospital) })
            .WithPayment(payment => payment with { Variable = null, Outcome = payment.Outcome! with { PotShare = EveryYear(Pct("2.5%")) } })
            .WithFixedShare("95%")
            .WithManagementFee(Hospital, "2.5%")
            .BuildWithLocations();

        Findings.None(contract.Validate());
    }
}
