using CareLedger.Domain;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.Scope;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Reading;
using CareLedger.Specs.Tests.Validation.Builders;
using CareLedger.TestSupport;
using CareLedger.Specs.Validation;
using static CareLedger.TestSupport.ContractBuilder;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation;

public class LocationFallbackTests
{
    [Fact]
    public void Findings_on_parts_never_written_point_at_the_file_as_a_whole()
    {
        var contract = AValidContract().WithFunding(true, (Ccg, "60%"), (Council, "30%")).BuildWithLocations().Contract;

        var diagnostic = Findings.Only(ContractValidator.Validate(contract, new SpecLocations("defaults.yaml")), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(new SourceLocation("defaults.yaml", 0, 0, FieldPath.Root), diagnostic.Location);
        Assert.Equal("defaults.yaml", diagnostic.ToString()[.."defaults.yaml".Length]);
    }

    [Fact]
    public void A_band_that_takes_the_participants_share_records_is_checked_once_as_participants()
    {
        // The reader's shape for a band written without shares: the participants' own records, not copies.
        var contract = AValidContract()
            .WithRiskItem(item =>
            {
                var participants = new[] { ShareOf(Hospital, "50%"), ShareOf(Community, "25%"), ShareOf("no-such-party", "-25%") };
                return item with
                {
                    Participants = participants,
                    Loss = item.Loss with { Bands = [new Domain.RiskReward.SharingBand(0m, null, participants)], Caps = [] },
                };
            })
            .BuildWithLocations();

        var diagnostics = contract.Validate();

        Findings.Exactly(diagnostics, DiagnosticCodes.SharesNotWhole, 1);
        Findings.Exactly(diagnostics, DiagnosticCodes.UndefinedParty, 1);
        Findings.Exactly(diagnostics, DiagnosticCodes.Negative, 1);
        Assert.Equal(3, diagnostics.Count);
    }

    [Fact]
    public void A_shift_to_an_undefined_provider_points_at_the_provider_written_under_to()
    {
        var shift = new ShiftAdjustment("Acute to community", AmountOrRate.Of(Gbp(500_000m)), IdOf<ServiceLine>(CommunityCare), IdOf<Party>("community-trust"),
            YearSelector.All, new CellScope(Ids<ServiceLine>(Acute), null));
        var contract = AValidContract().WithAdjustment(shift).BuildWithLocations();
        var locations = contract.Locations;
        var written = contract.Contract.Adjustments[^1];
        var provider = new SourceLocation(FakeLocations.File, 900, 9, FieldPath.Root);
        locations.Record(written, "provider", provider, "adjustments[2].to.provider");

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.UndefinedParty);

        Assert.Equal(provider with { Path = FieldPath.Parse("adjustments[2].to.provider") }, diagnostic.Location);
        Assert.Contains("adjustment 'Acute to community' (shift) moves money to provider 'community-trust'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_choice_provider_is_reported_at_its_place_in_the_list()
    {
        var choice = new PatientChoiceMechanism(IdOf<VariableMechanism>("acute-choice"), "Money follows patient choice", CellScope.Everything,
            [IdOf<Party>(Hospital), IdOf<Party>(Ccg)], Limit.Of(Gbp(2_000_000m)), null, null);
        var contract = AValidContract()
            .WithPayment(payment => payment with { Variable = payment.Variable! with { Mechanisms = [choice] } })
            .BuildWithLocations();
        var written = contract.Contract.Payment.Variable!.Mechanisms[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.WrongRole);

        Assert.Equal(contract.At(written, "providers[1]"), diagnostic.Location);
        Assert.StartsWith("variable mechanism 'acute-choice' (Money follows patient choice) names provider 'riverside-ccg' (Riverside CCG)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corridor_paid_by_a_provider_is_CL105_at_payer()
    {
        var contract = AValidContract()
            .With(contract => contract with { Corridors = [contract.Corridors[0] with { Payer = IdOf<Party>(Community) }] })
            .BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.WrongRole);

        Assert.Equal(contract.At(contract.Contract.Corridors[0], "payer"), diagnostic.Location);
        Assert.Contains("risk corridor 'acute-corridor' (Acute cost corridor) is paid by 'community-health' (Community Health Trust), which is not a commissioner, local authority or funder", diagnostic.Message, StringComparison.Ordinal);
    }
}
