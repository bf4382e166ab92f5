using CareLedger.Domain.Parties;
using CareLedger.Domain.Payments;
using CareLedger.Domain.RiskReward;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.TestSupport.ContractBuilder;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation;

public class RiskRewardPrincipleTests
{
    [Fact]
    public void An_included_item_that_failed_the_gateway_is_CL501_at_include_naming_each_question()
    {
        var contract = AValidContract().WithRiskItem(item => item with { Gateway = new GatewayAnswers(true, false, null) }).BuildWithLocations();
        var item = contract.Contract.RiskReward.Items[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.GatewayNotPassed);

        Assert.Equal(contract.At(item, "include"), diagnostic.Location);
        Assert.Equal(
            "risk/reward item 'acute-activity' (Non-elective activity above plan after investment in community teams) is included in sharing but has not passed the gateway: "
            + "'is it the alliance's collective responsibility? (collective_responsibility)' was answered no and "
            + "'have the members jointly agreed it should be shared? (jointly_agreed)' is unanswered; "
            + "answer all three questions yes before including it, or set include: false until it passes.",
            diagnostic.Message);
    }

    [Fact]
    public void An_item_kept_in_the_account_without_passing_the_gateway_is_fine()
    {
        var contract = AValidContract().WithRiskItem(item => item with { Gateway = new GatewayAnswers(null, null, null), Included = false }).BuildWithLocations();

        Findings.None(contract.Validate());
    }

    [Fact]
    public void An_included_whole_contract_item_is_a_CL502_warning_citing_principle_4()
    {
        var contract = AValidContract().WithRiskItem(item => item with { Measure = RiskMeasure.WholeContract }).BuildWithLocations();
        var item = contract.Contract.RiskReward.Items[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.FullGainLossShare);

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(contract.At(item, "measure"), diagnostic.Location);
        Assert.Contains("a full gain/loss share of the whole contract, against principle 4 of the risk/reward principles", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_share_for_a_party_that_is_not_a_participant_is_CL503_at_its_party()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Bands = [Band(0m, 2m, ShareOf(Council, "100%")), Band(2m, null)] } })
            .BuildWithLocations();
        var share = contract.Contract.RiskReward.Items[0].Loss.Bands[0].Shares[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.NotAParticipant);

        Assert.Equal(contract.At(share, "party"), diagnostic.Location);
        Assert.Contains(
            "loss band 1 of risk/reward item 'acute-activity' (Non-elective activity above plan after investment in community teams) gives a share to 'riverside-council' (Riverside Council), which is not a participant "
            + "(its participants are 'city-hospital', 'community-health' and 'riverside-ccg')",
            diagnostic.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_cap_for_a_party_that_is_not_a_participant_is_CL503_at_its_party()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Gain = item.Gain with { Caps = [new ParticipantCap(IdOf<Party>(Council), Limit.Of(Gbp(100_000m)))] } })
            .BuildWithLocations();
        var cap = contract.Contract.RiskReward.Items[0].Gain.Caps[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.NotAParticipant);

        Assert.Equal(contract.At(cap, "party"), diagnostic.Location);
        Assert.StartsWith("the gain caps of risk/reward item 'acute-activity'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_share_for_an_undefined_party_is_reported_once_as_CL101()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Bands = [Band(0m, 2m, ShareOf("no-such-party", "100%")), Band(2m, null)] } })
            .BuildWithLocations();

        Findings.Only(contract.Validate(), DiagnosticCodes.UndefinedParty);
    }
}
