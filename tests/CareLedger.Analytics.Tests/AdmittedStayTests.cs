using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Reporting;

namespace CareLedger.Analytics.Tests;

/// <summary>
/// Admitted care is costed per episode (the National Cost Collection's admitted unit costs are per finished consultant
/// episode), and a non-elective episode is short stay or long stay by its spell's length, worked by hand:
/// E1 and E2 are the two episodes of P1's ten-day emergency spell, so both are long stay at 2000 although E1 lasted
/// one day; E3 is a one-day spell, short stay at 500; E4 has no SPELDUR, so its own EPIDUR of 0 days makes it short
/// stay at 500. Whole: 2000 + 2000 + 500 + 500 = 5000.
/// </summary>
public sealed class AdmittedStayTests
{
    private const string Prices = """
        pod,hrg,unit_cost
        non-elective-short,FD10A,500.0000
        non-elective-long,FD10A,2000.0000

        """;

    private const string Episodes = """
        PSEUDO_HESID,EPIKEY,EPISTART,PROCODE3,EPIDUR,SPELDUR,ADMIMETH,CLASSPAT,SUSHRG
        P1,E1,2023-04-01,RX1,1,10,21,1,FD10A
        P1,E2,2023-04-02,RX1,9,10,21,1,FD10A
        P2,E3,2023-04-05,RX1,1,1,21,1,FD10A
        P3,E4,2023-04-06,RX1,0,,21,1,FD10A

        """;

    [Fact]
    public void A_non_elective_episode_takes_its_spells_length_of_stay()
    {
        using var workspace = new Workspace();

        var outcome = workspace.Import(ActivityLayout.HesAdmitted, workspace.Write("prices.csv", Prices), workspace.Write("apc.csv", Episodes));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        var byPod = new ReportService().Report(workspace.Store, SpendView.ProviderPod, new ReportOptions()).Rows
            .ToDictionary(row => row.Keys[1], row => (row.Records, row.Spend));
        Assert.Equal((2L, 4000m), byPod["non-elective-long"]);
        Assert.Equal((2L, 1000m), byPod["non-elective-short"]);
        Assert.Equal(5000m, outcome.Costing!.TotalCost);
    }
}
