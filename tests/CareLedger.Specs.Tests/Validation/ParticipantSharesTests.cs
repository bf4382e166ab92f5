using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.TestSupport.ContractBuilder;

namespace CareLedger.Specs.Tests.Validation;

public class ParticipantSharesTests
{
    [Fact]
    public void Participant_shares_that_miss_100_percent_are_CL204_at_participants()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Participants = [ShareOf(Hospital, "50%"), ShareOf(Community, "25%"), ShareOf(Ccg, "20%")] })
            .BuildWithLocations();
        var item = contract.Contract.RiskReward.Items[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(item, "participants"), diagnostic.Location);
        Assert.Equal(
            "the participants of risk/reward item 'acute-activity' (Non-elective activity above plan after investment in community teams): "
            + "shares total 95% ('city-hospital' 50%, 'community-health' 25%, 'riverside-ccg' 20%), not 100%; make them add to exactly 100%.",
            diagnostic.Message);
    }

    [Fact]
    public void A_band_whose_shares_miss_100_percent_is_CL204_at_its_shares()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Bands = [Band(0m, 2m, ShareOf(Ccg, "60%")), Band(2m, null)] } })
            .BuildWithLocations();
        var band = contract.Contract.RiskReward.Items[0].Loss.Bands[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(band, "shares"), diagnostic.Location);
        Assert.StartsWith("loss band 1 of risk/reward item 'acute-activity'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("shares total 60% ('riverside-ccg' 60%), not 100%", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("leave out shares to use the participants' shares", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_included_item_without_participants_is_CL204()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with
            {
                Participants = [],
                Loss = item.Loss with { Bands = [Band(0m, null)], Caps = [] },
            })
            .BuildWithLocations();
        var item = contract.Contract.RiskReward.Items[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.SharesNotWhole);

        Assert.Equal(contract.At(item, "include"), diagnostic.Location);
        Assert.Contains("is included in sharing but has no participants", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_not_included_may_have_no_participants_yet()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with
            {
                Included = false,
                Participants = [],
                Loss = item.Loss with { Bands = [Band(0m, null)], Caps = [] },
            })
            .BuildWithLocations();

        Findings.None(contract.Validate());
    }
}
