using CareLedger.Domain.Payments;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.TestSupport.ContractBuilder;

namespace CareLedger.Specs.Tests.Validation;

public class InstalmentProfileTests
{
    [Fact]
    public void A_monthly_profile_of_twelve_shares_adding_to_100_percent_passes()
    {
        var contract = AValidContract()
            .WithInstalmentProfile(InstalmentFrequency.Monthly, "10%", "10%", "8%", "8%", "8%", "8%", "8%", "8%", "8%", "8%", "8%", "8%")
            .BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void A_quarterly_profile_in_thirds_and_sixths_passes()
    {
        var contract = AValidContract().WithInstalmentProfile(InstalmentFrequency.Quarterly, "1/3", "1/6", "1/6", "1/3").BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void A_profile_that_adds_to_99_percent_is_CL204_at_the_profile()
    {
        var contract = AValidContract()
            .WithInstalmentProfile(InstalmentFrequency.Monthly, "10%", "10%", "8%", "8%", "8%", "8%", "8%", "8%", "8%", "8%", "8%", "7%")
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(contract.Contract.Payment.Fixed.Instalments, "profile"), diagnostic.Location);
        Assert.Contains("instalment profile: shares total 99% (#1 10%, #2 10%", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("#12 7%), not 100%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_of_five_shares_is_CL204_asking_for_12_or_4()
    {
        var contract = AValidContract().WithInstalmentProfile(InstalmentFrequency.Monthly, "20%", "20%", "20%", "20%", "20%").BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(contract.Contract.Payment.Fixed.Instalments, "profile"), diagnostic.Location);
        Assert.Equal(
            "the fixed element's instalment profile has 5 shares; give 12 (one a month) or 4 (one a quarter) that add to 100%.",
            diagnostic.Message);
    }

    [Fact]
    public void Four_shares_for_monthly_instalments_is_CL204()
    {
        var contract = AValidContract().WithInstalmentProfile(InstalmentFrequency.Monthly, "25%", "25%", "25%", "25%").BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Contains("has 4 shares but instalments are paid 12 times a year", diagnostic.Message, StringComparison.Ordinal);
    }
}
