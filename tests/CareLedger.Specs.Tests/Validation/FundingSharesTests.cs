using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using CareLedger.TestSupport;
using static CareLedger.TestSupport.ContractBuilder;

namespace CareLedger.Specs.Tests.Validation;

public class FundingSharesTests
{
    [Fact]
    public void Two_thirds_and_one_third_make_exactly_100_percent()
    {
        var contract = AValidContract().WithFunding(true, (Ccg, "2/3"), (Council, "1/3")).BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void Two_thirds_rounded_down_to_66_66_percent_beside_33_33_percent_is_CL204_at_the_shares()
    {
        var contract = AValidContract().WithFunding(true, (Ccg, "66.66%"), (Council, "33.33%")).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(contract.Contract.Funding, "shares"), diagnostic.Location);
        Assert.Contains("funding shares total 99.99% ('riverside-ccg' 66.66%, 'riverside-council' 33.33%), not 100%", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("exact only as a fraction", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirds_as_fractions_pass_where_thirds_as_33_33_percent_fail()
    {
        var fractions = AValidContract()
            .WithParty(Parties.Of("riverside-charity", "Riverside Charity", Domain.Parties.PartyRole.Funder))
            .WithFunding(true, (Ccg, "1/3"), (Council, "1/3"), ("riverside-charity", "1/3"))
            .BuildWithLocations();
        var percentages = AValidContract()
            .WithParty(Parties.Of("riverside-charity", "Riverside Charity", Domain.Parties.PartyRole.Funder))
            .WithFunding(true, (Ccg, "33.33%"), (Council, "33.33%"), ("riverside-charity", "33.33%"))
            .BuildWithLocations();

        Findings.None(fractions.Validate());
        var diagnostic = Findings.Only(percentages.Validate(), DiagnosticCodes.SharesNotWhole);
        Assert.Contains("total 99.99%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentages_that_add_to_exactly_100_percent_pass_even_when_they_stand_for_thirds()
    {
        // 66.67% + 33.33% is exactly 100%: the split is not two-thirds, but the shares are whole, so nothing is wrong
        // with the total. Only a total that misses 100% is reported.
        var contract = AValidContract().WithFunding(true, (Ccg, "66.67%"), (Council, "33.33%")).BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void A_mix_of_a_fraction_and_a_rounded_percentage_is_shown_as_an_exact_fraction()
    {
        var contract = AValidContract().WithFunding(true, (Ccg, "2/3"), (Council, "33.33%")).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Contains("total 29999/30000 (about 99.9967%)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'riverside-ccg' 2/3 (about 66.6667%)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Funding_shares_over_100_percent_are_CL204()
    {
        var contract = AValidContract().WithFunding(true, (Ccg, "70%"), (Council, "40%")).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Contains("total 110%", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("fraction", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_commissioners_without_a_funding_section_are_CL204_at_parties_naming_them()
    {
        var contract = AValidContract().WithoutFundingSection().BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(contract.Contract, "parties"), diagnostic.Location);
        Assert.Equal(
            "there is no funding section and 2 parties could fund the budget ('riverside-ccg' (Riverside CCG) and 'riverside-council' (Riverside Council)), "
            + "so its split is unknown; add funding with each one's share, totalling 100% (e.g. 2/3 and 1/3).",
            diagnostic.Message);
    }

    [Fact]
    public void A_funding_section_with_an_empty_list_of_shares_is_CL204_at_shares()
    {
        var contract = AValidContract().WithFunding(true).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(contract.Contract.Funding, "shares"), diagnostic.Location);
        Assert.StartsWith("funding lists no shares, so nobody pays for the budget", diagnostic.Message, StringComparison.Ordinal);
    }
}
