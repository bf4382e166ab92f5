using System.Globalization;
using System.Text.Json;
using CareLedger.Analytics.Risk;
using CareLedger.Analytics.Tests.Risk;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// <c>careledger activity risk</c> end to end on linked activity with a known risk structure: the tiers it assigns, spend
/// by tier adding up to the workspace's spend, a cohort by tier, and clear problems when the workspace cannot be fitted.
/// </summary>
public sealed class ActivityRiskCommandTests : IDisposable
{
    private static readonly SyntheticPopulation People = new SyntheticPopulationGenerator().Generate(3_000, seed: 2026);

    private readonly CliRunner _cli = new();

    private string[] Workspace => ["--data-folder", _cli.Directory.File("data")];

    [Fact]
    public void The_tiers_are_stored_and_spend_by_tier_adds_up_to_the_workspace()
    {
        Import(LinkedActivityFile.Write(People));

        var fit = _cli.Run(["activity", "risk", "--seed", "5", "--format", "json", .. Workspace]);
        Assert.True(fit.ExitCode == 0, fit.ToString());
        using (var document = JsonDocument.Parse(fit.Out))
        {
            // 3,000 scored: ⌈30⌉ = 30 in the top 1%, ⌈60⌉ − 30 = 30 next, ⌈150⌉ − 60 = 90 in 2% to 5%, 2,850 the rest.
            var tiers = document.RootElement.GetProperty("tiers").EnumerateArray().Select(tier => tier.GetProperty("people").GetInt32());
            Assert.Equal([30, 30, 90, 2_850], tiers);
            Assert.Equal("2022/23", document.RootElement.GetProperty("feature_year").GetString());
        }

        var report = _cli.Run(["activity", "report", "--by", "risk-tier", "--format", "csv", .. Workspace]);
        Assert.True(report.ExitCode == 0, report.ToString());
        var lines = report.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["top 1%", "1% to 2%", "2% to 5%", "rest"], lines.Skip(1).Select(line => line.Split(',')[0]));
        var spend = lines.Skip(1).Sum(line => decimal.Parse(line.Split(',')[5], CultureInfo.InvariantCulture));
        var total = _cli.Run(["activity", "report", "--by", "year", "--format", "csv", .. Workspace]).Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Sum(line => decimal.Parse(line.Split(',')[5], CultureInfo.InvariantCulture));
        // Every row costs whole pence (£120.25, £1,500.50), so no rounding stands between the tiers and the whole.
        Assert.Equal(total, spend);

        var cohort = _cli.Run(["activity", "report", "--by", "cohort", "--risk-tier", "top-2", "--format", "csv", .. Workspace]);
        Assert.True(cohort.ExitCode == 0, cohort.ToString());
        Assert.StartsWith("cohort,", cohort.Out.Split("\r\n")[1], StringComparison.Ordinal);
        Assert.Equal("60", cohort.Out.Split("\r\n")[1].Split(',')[3]);
    }

    [Fact]
    public void Tiers_asked_for_before_a_fit_or_with_a_wrong_name_are_refused_clearly()
    {
        Import(LinkedActivityFile.Write(People));

        var before = _cli.Run(["activity", "report", "--by", "risk-tier", .. Workspace]);
        var wrong = _cli.Run(["activity", "report", "--by", "cohort", "--risk-tier", "top-3", .. Workspace]);

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("no risk tiers yet; run 'careledger activity risk'", before.Error, StringComparison.Ordinal);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--risk-tier 'top-3' is not a risk cohort; use top-1, top-2 or top-5", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workspace_with_one_year_names_the_year_it_lacks()
    {
        Import(LinkedActivityFile.Write(People, secondYear: false));

        var result = _cli.Run(["activity", "risk", "--year", "2023/24", .. Workspace]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no activity in 2023/24", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    public void Dispose() => _cli.Dispose();

    private void Import(string activity)
    {
        var result = _cli.Run(["activity", "import", _cli.Directory.Write("linked.csv", activity), "--layout", "generic",
            "--prices", _cli.Directory.Write("prices.csv", LinkedActivityFile.Prices), .. Workspace]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
