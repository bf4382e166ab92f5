using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using CareLedger.TestSupport;
using static CareLedger.TestSupport.ContractBuilder;

namespace CareLedger.Specs.Tests.Validation;

public class ModelTests
{
    [Theory]
    [InlineData(ContractModel.PrimeContractor, "[prime]")]
    [InlineData(ContractModel.PrimeProvider, "[prime, provider]")]
    public void A_prime_model_without_a_prime_is_CL701_at_model(ContractModel model, string roles)
    {
        var contract = AValidContract().WithModel(model).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ModelMismatch);

        Assert.Equal(contract.At(contract.Contract, "model"), diagnostic.Location);
        Assert.Contains("but no party holds the prime role", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("roles: " + roles, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_contractor_without_a_prime_is_CL701_at_its_roles()
    {
        var contract = AValidContract()
            .WithModel(ContractModel.PrimeContractor)
            .ChangeParty(Hospital, party => party with { Roles = new HashSet<PartyRole> { PartyRole.Prime } })
            .ChangeParty(Community, party => party with { Roles = new HashSet<PartyRole> { PartyRole.SubContractor } })
            .BuildWithLocations();
        var community = contract.Contract.Parties.Single(party => party.Id.Value == Community);

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ModelMismatch);

        Assert.Equal(contract.At(community, "roles"), diagnostic.Location);
        Assert.Equal(
            "party 'community-health' (Community Health Trust) is a sub-contractor but names no prime, so nobody is paid for its cells; add prime: city-hospital.",
            diagnostic.Message);
    }

    [Fact]
    public void An_alliance_with_a_prime_is_a_CL702_warning_suggesting_hybrid()
    {
        var contract = AValidContract()
            .ChangeParty(Hospital, party => party with { Roles = new HashSet<PartyRole> { PartyRole.Prime, PartyRole.Provider } })
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ModelOdd);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(contract.At(contract.Contract, "model"), diagnostic.Location);
        Assert.Contains("the contract model is alliance but party 'city-hospital' (City Hospital NHS Trust) holds the prime role", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("set model: hybrid", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_parties_as_a_hybrid_are_fine()
    {
        var contract = AValidContract()
            .WithModel(ContractModel.Hybrid)
            .ChangeParty(Hospital, party => party with { Roles = new HashSet<PartyRole> { PartyRole.Prime, PartyRole.Provider } })
            .BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void Pooled_funding_from_a_single_funder_is_a_CL702_warning_at_pooled()
    {
        var contract = AValidContract().WithFunding(true, (Ccg, "100%")).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ModelOdd);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(contract.At(contract.Contract.Funding, "pooled"), diagnostic.Location);
        Assert.StartsWith("funding is pooled but only 'riverside-ccg' (Riverside CCG) contributes", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prime_provider_whose_prime_delivers_no_care_is_a_CL702_warning()
    {
        var contract = AValidContract()
            .WithModel(ContractModel.PrimeProvider)
            .ChangeParty(Hospital, party => party with { Roles = new HashSet<PartyRole> { PartyRole.Prime } })
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.ModelOdd);

        Assert.Contains("prime 'city-hospital' (City Hospital NHS Trust) does not hold the provider role", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_with_no_baseline_and_no_fee_is_a_CL703_warning_at_the_party()
    {
        var contract = AValidContract().WithParty(Parties.Provider("gp-federation", "Riverside GP Federation")).BuildWithLocations();
        var federation = contract.Contract.Parties[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.NoBaseline);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(contract.At(federation), diagnostic.Location);
        Assert.Equal(
            "party 'gp-federation' (Riverside GP Federation) can be paid (roles: provider) but has no baseline spend and no management fee, so its contract value is nothing in every year; "
            + "add its baseline cells, or remove it if it is not part of the contract.",
            diagnostic.Message);
    }

    [Fact]
    public void A_prime_paid_through_its_sub_contractors_cells_or_a_fee_is_not_warned_about()
    {
        var contract = AValidContract()
            .WithModel(ContractModel.Hybrid)
            .WithParty(Parties.Prime("integrator", "Riverside Integrator"))
            .WithParty(Parties.SubContractor("horizon", "Horizon Health", "integrator"))
            .WithParty(Parties.SubContractor("physio-plus", "Physio Plus", "integrator"))
            .WithParty(Parties.Prime("contract-manager", "Contract Manager"))
            .WithCell(CommunityCare, "horizon", 2_000_000m)
            .WithManagementFee("contract-manager", "1%", Domain.Payments.FeeBasis.OnTop)
            .BuildWithLocations();

        Findings.None(contract.Validate());
    }
}
