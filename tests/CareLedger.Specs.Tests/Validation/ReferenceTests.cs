using CareLedger.Domain.Contracts;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.TestSupport.ContractBuilder;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation;

public class ReferenceTests
{
    [Fact]
    public void A_baseline_cell_naming_an_undefined_provider_is_CL101_at_provider_with_a_suggestion()
    {
        var contract = AValidContract().WithCell(CommunityCare, "city-hospitl", 1_000_000m).BuildWithLocations();
        var cell = contract.Contract.Baseline.Cells[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.UndefinedParty);

        Assert.Equal(contract.At(cell, "provider"), diagnostic.Location);
        Assert.Equal(
            "the baseline cell for service line 'community' names provider 'city-hospitl', which is not a party (did you mean 'city-hospital'?); "
            + "add it under parties or correct the id.",
            diagnostic.Message);
    }

    [Fact]
    public void A_participant_that_is_not_a_party_is_CL101_at_its_party()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Participants = [ShareOf("city-hospitl", "50%"), ShareOf(Community, "25%"), ShareOf(Ccg, "25%")] })
            .BuildWithLocations();
        var participant = contract.Contract.RiskReward.Items[0].Participants[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.UndefinedParty);

        Assert.Equal(contract.At(participant, "party"), diagnostic.Location);
        Assert.StartsWith("risk/reward item 'acute-activity'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("lists participant 'city-hospitl', which is not a party (did you mean 'city-hospital'?);", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_slice_naming_an_undefined_service_line_is_CL102_at_that_list_entry()
    {
        var slice = new TopSlice(IdOf<TopSlice>("personal-budgets"), "Personal budgets", TopSliceKind.PersonalBudgets, EveryYear(Gbp(500_000m)), null,
            new CellScope(Ids<ServiceLine>(CommunityCare, "social-care"), null));
        var contract = AValidContract().WithTopSlice(slice).BuildWithLocations();
        var written = contract.Contract.TopSlices[^1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.UndefinedServiceLine);

        Assert.Equal(contract.At(written, "service_lines[1]"), diagnostic.Location);
        Assert.Equal(
            "top slice 'personal-budgets' (Personal budgets) takes money from service line 'social-care', which is not defined under service_lines; "
            + "add the service line or correct the id.",
            diagnostic.Message);
    }

    [Fact]
    public void The_outcome_element_naming_an_undefined_framework_is_CL103_at_framework()
    {
        var contract = AValidContract()
            .WithPayment(payment => payment with { Outcome = payment.Outcome! with { Framework = EveryYear(IdOf<OutcomesFramework>("riverside-outcome")) } })
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.UndefinedFramework);

        Assert.Equal(contract.At(contract.Contract.Payment.Outcome!, "framework"), diagnostic.Location);
        Assert.Equal(
            "the outcome element uses framework 'riverside-outcome', which is not defined (did you mean 'riverside-outcomes'?); "
            + "define it under outcomes or name one of 'riverside-outcomes'.",
            diagnostic.Message);
    }

    [Fact]
    public void A_framework_named_for_one_year_only_is_checked_in_that_year()
    {
        var contract = AValidContract()
            .WithPayment(payment => payment with
            {
                Outcome = payment.Outcome! with { Framework = ByYear(IdOf<OutcomesFramework>(FrameworkId), (2, IdOf<OutcomesFramework>("outcomes-2017-18"))) },
            })
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.UndefinedFramework);

        Assert.Contains("uses framework 'outcomes-2017-18' in 2017/18, which is not defined", diagnostic.Message, StringComparison.Ordinal);
    }
}
