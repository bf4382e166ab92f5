using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// <c>careledger compare</c> on Mid-Notts and a variant of it whose volume cap and collar are four times as wide: every
/// output format, the payment-by-activity baseline beside them, the same seed giving the same answer on any number of
/// threads, and bad inputs each a located problem, never a crash.
/// </summary>
public sealed class CompareCommandTests : IDisposable
{
    private const string MidNotts = "mid-notts-alliance";
    private const string Wide = "mid-notts-wide-cap.yaml";
    private readonly CliRunner _cli = new();

    public CompareCommandTests()
    {
        InitialisedTemplate.Write(_cli, MidNotts);

        // The variant: another contract id, and the elective volume mechanism's cap and collar at 20% instead of 5%.
        var contract = File.ReadAllText(_cli.Directory.File(MidNotts + ".yaml"));
        var variant = contract
            .Replace("  id: mid-notts-better-together", "  id: mid-notts-wide-cap", StringComparison.Ordinal)
            .Replace("        cap: 5%\n        collar: 5%", "        cap: 20%\n        collar: 20%", StringComparison.Ordinal);
        Assert.NotEqual(contract, variant);
        _cli.Directory.Write(Wide, variant);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Two_contracts_and_payment_by_activity_as_csv_the_same_on_one_thread_and_two()
    {
        string[] args = ["compare", MidNotts + ".yaml", Wide, "--scenario", MidNotts + ".scenario.yaml", "--runs", "400", "--seed", "5", "--format", "csv", "--threads", "2"];

        var first = _cli.RunOk(args).Out;
        var rows = first.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToArray();

        Assert.Equal(["model", "contract", "basis", "party", "figure", "value", "standard_error", "runs", "seed"], rows[0]);
        Assert.Equal([MidNotts + ".yaml", Wide, "payment by activity"], rows.Skip(1).Select(row => row[0]).Distinct());
        Assert.Equal(["mid-notts-better-together", "mid-notts-wide-cap", "mid-notts-better-together"], rows.Skip(1).Select(row => (row[0], row[1])).Distinct().Select(pair => pair.Item2));
        Assert.Equal(["contract", "contract", "activity-tariff"], rows.Skip(1).Select(row => (row[0], row[2])).Distinct().Select(pair => pair.Item2));
        Assert.Equal(first, _cli.RunOk([.. args[..^2], "--threads", "1"]).Out);

        // Each model's risk shares add to one.
        foreach (var model in rows.Skip(1).GroupBy(row => row[0]))
        {
            Assert.Equal(1.0, model.Where(row => row[4] == "risk-share").Sum(row => double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture)), 9);
        }

        // A wider collar lets more of the elective variance reach Sherwood Forest (same draws, so the spreads compare
        // run for run): its spread under the variant is at least what it is under the contract as written.
        decimal Spread(string model) => decimal.Parse(rows.Single(row => row[0] == model && row[3] == "sherwood-forest" && row[4] == "spread")[5], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Spread(Wide) >= Spread(MidNotts + ".yaml"), $"{Spread(Wide)} < {Spread(MidNotts + ".yaml")}");
    }

    [Fact]
    public void One_contract_as_a_table_is_set_beside_payment_by_activity_and_written_as_a_workbook()
    {
        var table = _cli.RunOk("compare", MidNotts + ".yaml", "--scenario", MidNotts + ".scenario.yaml", "--runs", "200", "--xlsx", "compare.xlsx").Out;

        Assert.Contains("mid-notts-alliance.yaml (alliance, contract mid-notts-better-together)", table);
        Assert.Contains("payment by activity: each provider paid its activity at its unit price", table);
        Assert.Contains("Expected income over the term, side by side", table);
        Assert.True(new FileInfo(_cli.Directory.File("compare.xlsx")).Length > 0);
        var json = _cli.RunOk("compare", MidNotts + ".yaml", "--scenario", MidNotts + ".scenario.yaml", "--runs", "50", "--format", "json").Out;
        Assert.Contains("\"basis\": \"activity-tariff\"", json);
    }

    [Fact]
    public void Charts_of_income_and_of_who_carries_the_risk_are_written_as_png_and_svg()
    {
        var result = _cli.RunOk("compare", MidNotts + ".yaml", Wide, "--scenario", MidNotts + ".scenario.yaml", "--runs", "100", "--charts", "charts");

        Assert.Contains("Wrote 2 charts, each as PNG and SVG, into charts.", result.Error);
        foreach (var chart in new[] { "income", "risk-carried" })
        {
            WrittenChart.AssertPng(_cli.Directory.File($"charts/{chart}.png"), 1200, 640);
            Assert.Contains("payment by activity", WrittenChart.SvgText(_cli.Directory.File($"charts/{chart}.svg")));
        }

        // The risk chart's legend names each party carrying some risk; the income chart names every party.
        Assert.Contains(WrittenChart.SvgText(_cli.Directory.File("charts/risk-carried.svg")), text => text.StartsWith("Who carries the risk", StringComparison.Ordinal));
        Assert.Contains("Mansfield and Ashfield CCG", WrittenChart.SvgText(_cli.Directory.File("charts/income.svg")));
    }

    [Fact]
    public void Charts_into_a_path_that_is_a_file_is_a_located_problem()
    {
        _cli.Directory.Write("taken", "a file");

        var result = _cli.Run("compare", MidNotts + ".yaml", "--scenario", MidNotts + ".scenario.yaml", "--runs", "20", "--charts", "taken");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("'taken' is a file; --charts needs a folder", result.Error);
    }

    [Fact]
    public void A_scenario_for_another_contract_is_located_and_nothing_is_run()
    {
        var scenario = File.ReadAllText(_cli.Directory.File(MidNotts + ".scenario.yaml")).Replace("contract: mid-notts-better-together", "contract: somewhere-else", StringComparison.Ordinal);
        _cli.Directory.Write("other.scenario.yaml", scenario);

        var result = _cli.Run("compare", MidNotts + ".yaml", Wide, "--scenario", "other.scenario.yaml", "--runs", "20");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("other.scenario.yaml:", result.Error + result.Out);
        Assert.Contains("CL801", result.Error + result.Out);
        Assert.DoesNotContain("payment by activity", result.Out);
    }

    [Fact]
    public void A_scenario_entry_only_one_contract_lacks_is_reported_once_naming_that_contract()
    {
        // A third contract renames the indicator the scenario calls diabetes-plan: only it cannot read that entry.
        var renamed = File.ReadAllText(_cli.Directory.File(Wide))
            .Replace("id: mid-notts-wide-cap", "id: mid-notts-renamed", StringComparison.Ordinal)
            .Replace("diabetes-plan", "diabetes-pathway", StringComparison.Ordinal);
        _cli.Directory.Write("renamed.yaml", renamed);

        var result = _cli.Run("compare", MidNotts + ".yaml", "renamed.yaml", "--scenario", MidNotts + ".scenario.yaml", "--runs", "20");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var findings = (result.Error + result.Out).Split('\n').Where(line => line.Contains("diabetes-plan", StringComparison.Ordinal)).ToArray();
        Assert.Single(findings);
        Assert.Contains("mid-notts-alliance.scenario.yaml:", findings[0]);
        Assert.EndsWith("(reading it against renamed.yaml)", findings[0].TrimEnd());
    }

    [Fact]
    public void A_population_written_from_the_weighted_capitation_file_is_given_to_every_contract()
    {
        // Mansfield, Newark and Sherwood, and Ashfield districts from NHS England's real 2025/26 file, growing 3% a
        // year: the contracts' population-growth adjustment (rate: projection, from 2017/18) then grows by 3%, not 0.5%.
        var weights = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", "nhs", "gp_practice_weighted_population_2025_26.csv"));
        var place = _cli.Run("population", "contract", "--weights", weights, "--lad", "E07000170,E07000174,E07000175", "--as-of", "2016-04", "--growth", "3%");
        Assert.True(place.ExitCode == ExitCodes.Ok, place.ToString());
        _cli.Directory.Write("place.yaml", place.Out);
        string[] args = ["compare", MidNotts + ".yaml", Wide, "--scenario", MidNotts + ".scenario.yaml", "--runs", "100", "--format", "csv"];

        var own = _cli.RunOk(args).OutLines;
        var given = _cli.RunOk([.. args, "--population", "place.yaml"]).OutLines;

        // The commissioners pay more over the term under every model, the growth adjustment being larger.
        string[] Paid(string[] lines) => [.. lines.Where(line => line.Contains(",mansfield-ashfield-ccg,income-mean,", StringComparison.Ordinal)).Select(line => line.Split(',')[5])];
        Assert.Equal(3, Paid(given).Length);
        Assert.All(Paid(own).Zip(Paid(given)), pair => Assert.True(decimal.Parse(pair.Second, System.Globalization.CultureInfo.InvariantCulture) < decimal.Parse(pair.First, System.Globalization.CultureInfo.InvariantCulture), $"{pair.Second} is not more paid than {pair.First}"));
    }

    [Fact]
    public void A_bad_population_file_is_located_once_and_nothing_is_run()
    {
        _cli.Directory.Write("place.yaml", "population:\n  basis: registered-list\n  size: -5\n  growth_projection: 1%\n");

        var result = _cli.Run("compare", MidNotts + ".yaml", Wide, "--scenario", MidNotts + ".scenario.yaml", "--population", "place.yaml", "--runs", "10");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Single((result.Error + result.Out).Split('\n'), line => line.StartsWith("place.yaml:3:9: error CL301", StringComparison.Ordinal));
        Assert.DoesNotContain("payment by activity", result.Out);
    }

    [Theory]
    [InlineData("--runs", "0", "--runs must be between 1 and 10,000,000.")]
    [InlineData("--threads", "0", "--threads must be between 1 and 256.")]
    public void A_bad_option_is_a_usage_error_naming_it(string option, string value, string message)
    {
        var result = _cli.Run("compare", MidNotts + ".yaml", "--scenario", MidNotts + ".scenario.yaml", option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void The_same_file_twice_and_a_missing_file_are_usage_errors()
    {
        var twice = _cli.Run("compare", MidNotts + ".yaml", MidNotts + ".yaml", "--scenario", MidNotts + ".scenario.yaml", "--runs", "10");
        var missing = _cli.Run("compare", MidNotts + ".yaml", "nowhere.yaml", "--scenario", MidNotts + ".scenario.yaml", "--runs", "10");

        Assert.Equal(ExitCodes.Usage, twice.ExitCode);
        Assert.Contains("is given twice", twice.Error);
        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Contains("nowhere.yaml", missing.Error);
    }
}
