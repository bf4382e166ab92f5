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

        // The same seed again gives the same tiers, and the workbook and chart hold the figures printed.
        var csv = _cli.Run(["activity", "risk", "--seed", "5", "--format", "csv", "--xlsx", "risk.xlsx", "--chart", "calibration.svg", .. Workspace]);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.Equal(["tier,people", "top 1%,30", "1% to 2%,30", "2% to 5%,90", "rest,2850"],
            csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => string.Join(',', line.Split(',').Take(2))));
        Assert.Equal(csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')), PopulationCommandTests.Sheet(_cli.Directory.File("risk.xlsx"), "tiers"));
        Assert.Contains("<svg", File.ReadAllText(_cli.Directory.File("calibration.svg")), StringComparison.Ordinal);

        // For reading, the tables show shares as percentages and spend in pounds; the CSV keeps plain figures.
        var table = _cli.RunOk(["activity", "risk", "--seed", "5", .. Workspace]).Out;
        Assert.Matches(@"top 1%\s+[\d,]+\s+\d+\.\d\d%\s+\d+\.\d\d%\s+[\d,]+\s+£[\d,]+\.\d\d", table);
        Assert.Matches(@"\n\s+1\s+[\d,]+\s+\d+\.\d\d%\s+\d+\.\d\d%", table);

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

    [Fact]
    public void A_places_population_section_carries_the_tiers_of_its_practices_patients_as_cohorts_and_validates()
    {
        // Rutland's four practices (LAD E06000017) stand for the generator's practices 0 to 3; the other 56 are elsewhere.
        Import(LinkedActivityFile.Write(People, practiceCodes: ["C82010", "C82044", "C82077", "C82649"]));
        Assert.Equal(0, _cli.Run(["activity", "risk", .. Workspace]).ExitCode);

        var result = _cli.Run(["population", "contract", "--weights", Weights, "--lad", "E06000017", "--as-of", "2025-04", "--risk-cohorts", "default", .. Workspace]);

        Assert.True(result.ExitCode == 0, result.ToString());
        // Independently: the stored tiers of the patients at those four practices, cumulated top 1%, top 2%, top 5%.
        var byTier = TierCountsAt(["C82010", "C82044", "C82077", "C82649"]);
        Assert.Contains($"    - {{ id: risk-top-1, name: \"Top 1% by emergency-admission risk\", size: {byTier[1]},", result.Out, StringComparison.Ordinal);
        Assert.Contains($"    - {{ id: risk-top-2, name: \"Top 2% by emergency-admission risk\", size: {byTier[1] + byTier[2]},", result.Out, StringComparison.Ordinal);
        Assert.Contains($"    - {{ id: risk-top-5, name: \"Top 5% by emergency-admission risk\", size: {byTier[1] + byTier[2] + byTier[3]},", result.Out, StringComparison.Ordinal);
        Assert.Contains($"counted among its {byTier.Values.Sum()} scored patients", result.Out, StringComparison.Ordinal);
        var contract = _cli.Directory.Write("rutland.yaml", RutlandContract.With(result.Out + RutlandContract.Baseline));
        var validate = _cli.Run("validate", contract);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Cohorts_from_a_workspace_with_no_tiers_or_none_of_the_places_patients_are_refused()
    {
        Import(LinkedActivityFile.Write(People));
        string[] contract = ["population", "contract", "--weights", Weights, "--lad", "E06000017", "--as-of", "2025-04", "--risk-cohorts", "default", .. Workspace];

        var before = _cli.Run(contract);
        Assert.Equal(0, _cli.Run(["activity", "risk", .. Workspace]).ExitCode);
        var elsewhere = _cli.Run(contract);

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("no risk tiers yet", before.Error, StringComparison.Ordinal);
        Assert.Equal(1, elsewhere.ExitCode);
        Assert.Contains("none of the workspace 'default' scored patients is registered with the place's 4 practices", elsewhere.Error, StringComparison.Ordinal);
        Assert.Equal(2, _cli.Run([.. contract[..^3], "--risk-cohorts", "../x"]).ExitCode);
    }

    public void Dispose() => _cli.Dispose();

    private static readonly string Weights = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "nhs", "gp_practice_weighted_population_2025_26.csv"));

    private Dictionary<int, int> TierCountsAt(string[] practices)
    {
        var counts = new Dictionary<int, int> { [1] = 0, [2] = 0, [3] = 0, [4] = 0 };
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=" + Path.Combine(_cli.Directory.File("data"), "workspaces", "default", "activity.duckdb"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT practice, tier_order FROM risk_tier";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (practices.Contains(reader.GetString(0)))
            {
                counts[reader.GetInt32(1)]++;
            }
        }

        return counts;
    }

    [Fact]
    public void The_synthetic_population_written_by_the_command_imports_and_fits_as_the_next_steps_it_prints_say()
    {
        var written = _cli.RunOk("population", "synthetic", "-o", "linked.csv", "--people", "3000", "--seed", "2026");

        // The same people as the test's own file (seed 2026): the same text, record for record.
        Assert.Equal(LinkedActivityFile.Write(People), File.ReadAllText(_cli.Directory.File("linked.csv")));
        Assert.Equal(LinkedActivityFile.Prices, File.ReadAllText(_cli.Directory.File("linked.prices.csv")));
        var records = File.ReadAllLines(_cli.Directory.File("linked.csv")).Length - 1;
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"3,000 synthetic people (seed 2026): {records:#,0} records of activity in 2022/23 and 2023/24."), written.Out, StringComparison.Ordinal);

        // Each step the command prints, run as printed.
        var steps = written.OutLines.Skip(1).Select(line => line.Trim().Split(' ')[1..]).ToArray();
        Assert.Equal(3, steps.Length);
        foreach (var step in steps)
        {
            _cli.RunOk([.. step, .. Workspace]);
        }
    }

    [Theory]
    [InlineData("--people", "5", "--people needs a number from 100 to 5,000,000.")]
    [InlineData("-o", "linked.txt", "--output 'linked.txt' needs a file name ending .csv")]
    public void The_synthetic_population_refuses_a_bad_option(string option, string value, string message)
    {
        string[] output = option == "-o" ? [] : ["-o", "linked.csv"];
        var result = _cli.Run(["population", "synthetic", .. output, option, value]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    private void Import(string activity)
    {
        var result = _cli.Run(["activity", "import", _cli.Directory.Write("linked.csv", activity), "--layout", "generic",
            "--prices", _cli.Directory.Write("prices.csv", LinkedActivityFile.Prices), .. Workspace]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
