using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using CareLedger.TestSupport;
using static CareLedger.TestSupport.ContractBuilder;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation;

public class DuplicateTests
{
    [Fact]
    public void A_party_id_used_twice_is_CL010_at_the_second_id_naming_the_first_line()
    {
        var contract = AValidContract().WithParty(Parties.Provider(Hospital, "City Hospital (duplicate)")).BuildWithLocations();
        var first = contract.Contract.Parties[2];
        var second = contract.Contract.Parties[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Duplicate);

        Assert.Equal(contract.At(second, "id"), diagnostic.Location);
        Assert.Equal(
            $"party id 'city-hospital' is used twice: by 'City Hospital NHS Trust' on line {contract.At(first).Line} and by 'City Hospital (duplicate)' here; "
            + "ids must be unique among parties: rename one and update the references to it.",
            diagnostic.Message);
    }

    [Fact]
    public void An_indicator_id_used_twice_in_a_framework_is_CL010()
    {
        var framework = MidNottsFramework.AsPublished();
        var falls = framework.Outcomes[^1];
        var repeated = falls with
        {
            Indicators = [.. falls.Indicators.Take(2), falls.Indicators[2] with { Id = IdOf<Indicator>("falls-plan") }],
        };
        var contract = AValidContract().UsingFramework(framework with { Outcomes = [.. framework.Outcomes.SkipLast(1), repeated] }).BuildWithLocations();
        var second = contract.Contract.Frameworks[0].Outcomes[^1].Indicators[2];

        var diagnostic = Findings.Exactly(contract.Validate(), DiagnosticCodes.Duplicate, 1)[0];

        Assert.Equal(contract.At(second, "id"), diagnostic.Location);
        Assert.StartsWith("indicator id 'falls-plan' is used twice", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("among the indicators of framework 'mid-notts-2016-17'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_baseline_cell_for_the_same_line_and_provider_is_CL010_at_that_cell()
    {
        var contract = AValidContract().WithCell(Acute, Hospital, 5_000_000m).BuildWithLocations();
        var second = contract.Contract.Baseline.Cells[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Duplicate);

        Assert.Equal(contract.At(second), diagnostic.Location);
        Assert.StartsWith(
            "the baseline cell for service line 'acute' and provider 'city-hospital' (City Hospital NHS Trust) appears twice: £60,000,000.00 (first on line ",
            diagnostic.Message,
            StringComparison.Ordinal);
        Assert.Contains("and £5,000,000.00 here", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_funder_listed_twice_is_CL010_at_its_second_share()
    {
        var contract = AValidContract().WithFunding(true, (Ccg, "1/3"), (Council, "1/3"), (Ccg, "1/3")).BuildWithLocations();
        var second = contract.Contract.Funding.Shares[2];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Duplicate);

        Assert.Equal(contract.At(second, "party"), diagnostic.Location);
        Assert.Equal("'riverside-ccg' (Riverside CCG) is listed more than once in the funding shares; give each funder one share.", diagnostic.Message);
    }

    [Fact]
    public void A_service_line_id_used_twice_is_CL010()
    {
        var contract = AValidContract()
            .With(contract => contract with { ServiceLines = [.. contract.ServiceLines, new ServiceLine(IdOf<ServiceLine>(Acute), "Acute again", true)] })
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.Duplicate);

        Assert.StartsWith("service line id 'acute' is used twice: by 'Acute care'", diagnostic.Message, StringComparison.Ordinal);
    }
}
