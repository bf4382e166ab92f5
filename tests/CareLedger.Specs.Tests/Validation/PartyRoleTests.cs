using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using CareLedger.TestSupport;
using static CareLedger.TestSupport.ContractBuilder;

namespace CareLedger.Specs.Tests.Validation;

public class PartyRoleTests
{
    [Fact]
    public void A_provider_funding_the_budget_is_CL105_at_the_funding_party()
    {
        var contract = AValidContract().WithFunding(true, (Ccg, "2/3"), (Hospital, "1/3")).BuildWithLocations();
        var share = contract.Contract.Funding.Shares[1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.WrongRole);

        Assert.Equal(contract.At(share, "party"), diagnostic.Location);
        Assert.Equal(
            "a funding share names 'city-hospital' (City Hospital NHS Trust), which is not a commissioner, local authority or funder (its roles: provider); "
            + "only those pay into the budget: name a party that does, or add the role it really holds.",
            diagnostic.Message);
    }

    [Fact]
    public void A_baseline_cell_for_a_commissioner_is_CL105_at_provider()
    {
        var contract = AValidContract().WithCell(CommunityCare, Ccg, 1_000_000m).BuildWithLocations();
        var cell = contract.Contract.Baseline.Cells[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.WrongRole);

        Assert.Equal(contract.At(cell, "provider"), diagnostic.Location);
        Assert.Contains("names provider 'riverside-ccg' (Riverside CCG), which is not a provider, prime or sub-contractor (its roles: commissioner)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_contractor_whose_prime_is_not_a_prime_is_CL105_at_prime()
    {
        var contract = AValidContract()
            .WithModel(Domain.Contracts.ContractModel.Hybrid)
            .WithParty(Parties.SubContractor("horizon", "Horizon Health Choices", Hospital))
            .WithCell(CommunityCare, "horizon", 1_000_000m)
            .BuildWithLocations();
        var horizon = contract.Contract.Parties[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.WrongRole);

        Assert.Equal(contract.At(horizon, "prime"), diagnostic.Location);
        Assert.Contains("is paid through prime 'city-hospital' (City Hospital NHS Trust), which does not hold the prime role", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_management_fee_paid_to_a_commissioner_is_CL105_at_payee()
    {
        var contract = AValidContract().WithManagementFee(Ccg, "2.5%").BuildWithLocations();

        var diagnostics = contract.Validate();

        var diagnostic = Findings.Exactly(diagnostics, DiagnosticCodes.WrongRole, 1)[0];
        Assert.Equal(contract.At(contract.Contract.Payment.ManagementFees[0], "payee"), diagnostic.Location);
        Assert.StartsWith("the management fee is paid to 'riverside-ccg' (Riverside CCG), which is not a provider", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_savings_settled_with_a_commissioner_and_paid_by_a_provider_are_CL105_at_entity_and_payer()
    {
        var contract = AValidContract()
            .WithSharedSavings(terms => terms with { Entity = Values.IdOf<Party>(Council), Payer = Values.IdOf<Party>(Community) })
            .BuildWithLocations();
        var terms = contract.Contract.SharedSavings[0];

        var diagnostics = Findings.Exactly(contract.Validate(), DiagnosticCodes.WrongRole, 2);

        Assert.Contains(diagnostics, diagnostic => diagnostic.Location == contract.At(terms, "entity") && diagnostic.Message.Contains("settle entity 'riverside-council'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Location == contract.At(terms, "payer") && diagnostic.Message.Contains("are paid by 'community-health'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_party_naming_a_prime_without_being_a_sub_contractor_is_CL105()
    {
        var contract = AValidContract()
            .WithModel(Domain.Contracts.ContractModel.Hybrid)
            .WithParty(Parties.Of("integrator", "Integrator", PartyRole.Prime))
            .ChangeParty(Community, party => party with { Prime = Values.IdOf<Party>("integrator") })
            .BuildWithLocations();
        var community = contract.Contract.Parties.Single(party => party.Id.Value == Community);

        var diagnostics = contract.Validate();

        var diagnostic = Findings.Exactly(diagnostics, DiagnosticCodes.WrongRole, 1)[0];
        Assert.Equal(contract.At(community, "prime"), diagnostic.Location);
        Assert.Contains("names prime 'integrator' but is not a sub-contractor (its roles: provider)", diagnostic.Message, StringComparison.Ordinal);
    }
}
