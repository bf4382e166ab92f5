using CareLedger.Domain.Outcomes;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using CareLedger.TestSupport;
using static CareLedger.TestSupport.ContractBuilder;
using static CareLedger.TestSupport.Values;

namespace CareLedger.Specs.Tests.Validation;

public class BandTests
{
    [Fact]
    public void Loss_bands_that_do_not_start_at_zero_are_CL402_at_the_first_from()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Bands = [Band(1m, 2m, ShareOf(Ccg, "100%")), Band(2m, null)] } })
            .BuildWithLocations();
        var first = contract.Contract.RiskReward.Items[0].Loss.Bands[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsGap);

        Assert.Equal(contract.At(first, "from"), diagnostic.Location);
        Assert.Equal(
            "the loss bands of risk/reward item 'acute-activity' (Non-elective activity above plan after investment in community teams): "
            + "band 1 starts at 1%, not 0, so the first part of any variance is shared by nobody; start it at 0.",
            diagnostic.Message);
    }

    [Fact]
    public void Overlapping_bands_are_CL401_at_the_later_from()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Bands = [Band(0m, 2m, ShareOf(Ccg, "100%")), Band(1.5m, null)] } })
            .BuildWithLocations();
        var second = contract.Contract.RiskReward.Items[0].Loss.Bands[1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsOverlap);

        Assert.Equal(contract.At(second, "from"), diagnostic.Location);
        Assert.EndsWith("band 2 starts at 1.5%, inside band 1 (which ends at 2%), so the bands overlap; start band 2 at 2%.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_between_money_bands_is_CL402_showing_pounds()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Gain = item.Gain with { Bands = [Band(0m, 500_000m, ShareOf(Hospital, "100%")), Band(750_000m, null)] } })
            .BuildWithLocations();
        var second = contract.Contract.RiskReward.Items[0].Gain.Bands[1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsGap);

        Assert.Equal(contract.At(second, "from"), diagnostic.Location);
        Assert.StartsWith("the gain bands of risk/reward item 'acute-activity'", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("band 2 starts at £750,000.00 but band 1 ends at £500,000.00, leaving a gap between them that no band covers; start band 2 at £500,000.00.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_ended_band_before_the_last_is_CL401()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Bands = [Band(0m, null, ShareOf(Ccg, "100%")), Band(2m, null)] } })
            .BuildWithLocations();
        var first = contract.Contract.RiskReward.Items[0].Loss.Bands[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsOverlap);

        // The band has no 'to' written, so the finding points at its 'from'.
        Assert.Equal(contract.At(first, "from"), diagnostic.Location);
        Assert.Contains("band 1 from 0% has no upper end but is not the last, so it overlaps every band after it", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_that_ends_before_it_starts_is_CL401_at_to()
    {
        var contract = AValidContract()
            .WithRiskItem(item => item with { Loss = item.Loss with { Bands = [Band(0m, 2m, ShareOf(Ccg, "100%")), Band(2m, 1m), Band(1m, null)] } })
            .BuildWithLocations();
        var second = contract.Contract.RiskReward.Items[0].Loss.Bands[1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsOverlap);

        Assert.Equal(contract.At(second, "to"), diagnostic.Location);
        Assert.Contains("band 2 runs from 2% to 1%: a band must end above where it starts", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corridor_bands_with_a_gap_are_CL402_at_the_band()
    {
        var contract = AValidContract().WithCorridorBands(Corridor("0%", "97%", "50%"), Corridor("98%", "103%", "0%"), Corridor("103%", null, "50%")).BuildWithLocations();
        var second = contract.Contract.Corridors[0].Bands[1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsGap);

        Assert.Equal(contract.At(second, "from"), diagnostic.Location);
        Assert.StartsWith("the bands of risk corridor 'acute-corridor' (Acute cost corridor): band 2 starts at 98% but band 1 ends at 97%", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corridor_bands_that_overlap_are_CL401()
    {
        var contract = AValidContract().WithCorridorBands(Corridor("0%", "97%", "50%"), Corridor("95%", "103%", "0%"), Corridor("103%", null, "50%")).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsOverlap);

        Assert.Equal(contract.At(contract.Contract.Corridors[0].Bands[1], "from"), diagnostic.Location);
    }

    [Fact]
    public void Corridor_bands_that_stop_short_of_100_percent_are_CL402_at_bands()
    {
        var contract = AValidContract().WithCorridorBands(Corridor("0%", "92%", "80%"), Corridor("92%", "97%", "50%")).BuildWithLocations();
        var corridor = contract.Contract.Corridors[0];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsGap);

        Assert.Equal(contract.At(corridor, "bands"), diagnostic.Location);
        Assert.EndsWith("they run from 0% to 97%, which does not include 100% of target; add or extend bands so that costs at and around target fall in one.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_bands_with_the_same_from_are_CL401_at_the_second()
    {
        var contract = AValidContract().WithFrameworks(Framework(new ScoreBand(Pct("50%"), Pct("50%")), new ScoreBand(Pct("50%"), Pct("75%")))).BuildWithLocations();
        var second = Scoring(contract).Bands[1];

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsOverlap);

        Assert.Equal(contract.At(second, "from"), diagnostic.Location);
        Assert.EndsWith("two bands start at 50% progress, so both claim it; remove one or move it.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_bands_out_of_order_are_CL401()
    {
        var contract = AValidContract().WithFrameworks(Framework(new ScoreBand(Pct("100%"), Pct("100%")), new ScoreBand(Pct("50%"), Pct("50%")))).BuildWithLocations();

        var diagnostic = Findings.Only(contract.Validate(), DiagnosticCodes.BandsOverlap);

        Assert.Contains("the band from 50% comes after the band from 100%; list bands by ascending progress", diagnostic.Message, StringComparison.Ordinal);
    }

    private static BandedScoring Scoring(TestContract contract) =>
        (BandedScoring)((MetricMeasure)contract.Contract.Frameworks[0].Outcomes[0].Indicators[1].Measure).Scoring;

    /// <summary>The valid framework with the banded indicator's bands replaced.</summary>
    private static OutcomesFramework Framework(params ScoreBand[] bands)
    {
        var framework = AValidContract().BuildWithLocations().Contract.Frameworks[0];
        var frailty = framework.Outcomes[0];
        var metric = frailty.Indicators[1];
        var measure = (MetricMeasure)metric.Measure;
        var changed = metric with { Measure = measure with { Scoring = new BandedScoring(bands) } };
        return framework with { Outcomes = [frailty with { Indicators = [frailty.Indicators[0], changed] }, framework.Outcomes[1]] };
    }
}
