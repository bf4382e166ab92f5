using CareLedger.Specs.Tests.Validation.Builders;
using CareLedger.TestSupport;

namespace CareLedger.Specs.Tests.Validation;

public class ValidContractTests
{
    [Fact]
    public void The_valid_baseline_contract_gives_no_diagnostics()
    {
        var contract = ContractBuilder.AValidContract().BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void Diagnostics_come_back_in_file_order()
    {
        var contract = ContractBuilder.AValidContract()
            .WithFunding(true, (ContractBuilder.Ccg, "50%"), (ContractBuilder.Council, "40%"))
            .WithFrameworks(MidNottsFramework.AsPublished())
            .BuildWithLocations();

        var lines = contract.Validate().Select(diagnostic => diagnostic.Location.Line).ToArray();

        Assert.True(lines.Length > 1);
        Assert.Equal(lines.Order(), lines);
    }
}
