using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// <c>careledger project</c> and <c>careledger simulate</c> on the shipped templates and the scenarios beside them: the
/// Cambridgeshire bid, every output format, a bad scenario located, and party names that look like formulas
/// neutralised in CSV.
/// </summary>
public sealed class ScenarioCommandTests : IDisposable
{
    private const string Cambs = "cambs-older-people-prime-provider";
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Project_prints_the_bidders_income_cost_and_deficit_by_year_and_over_the_term_as_a_table()
    {
        InitialisedTemplate.Write(_cli, Cambs);

        var table = _cli.RunOk("project", Cambs + ".yaml", "--scenario", Cambs + ".scenario.yaml").Out;

        Assert.Contains("UnitingCare's bid of £726m against the £752m ceiling", table);
        // The first year has no outcome money: income is the first year's budget at the bid, and the cost
        // £150.4m × (1 + the triangle's mean (−3.5% + 1.1% + 11.1%) ÷ 3 = 2.9%) = £154,761,600.00.
        Assert.Contains("£154,761,600.00", table);
        Assert.Matches(@"UnitingCare.*2015/16\s+£145,3\d\d,\d\d\d\.\d\d\s+£154,761,600\.00\s+-£9,", table);
    }

    [Fact]
    public void Project_as_csv_has_one_figure_per_row_and_the_term_is_the_sum_of_the_years()
    {
        InitialisedTemplate.Write(_cli, Cambs);

        var rows = _cli.RunOk("project", Cambs + ".yaml", "--scenario", Cambs + ".scenario.yaml", "--format", "csv").OutLines
            .Select(line => line.TrimEnd('\r').Split(',')).ToArray();

        Assert.Equal(["party", "name", "year", "figure", "amount"], rows[0]);
        var income = rows.Where(row => row[0] == "uniting-care" && row[3] == "income").ToArray();
        Assert.Equal(["2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "term"], income.Select(row => row[2]));
        Assert.Equal(income[..^1].Sum(row => decimal.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture)), decimal.Parse(income[^1][4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, row => row[0] == "uniting-care" && row[2] == "term" && row[3] == "surplus" && row[4].StartsWith('-'));
        Assert.Contains(rows, row => row[0] == "uniting-care" && row[3] == "element:outcome");
    }

    [Fact]
    public void Simulate_as_csv_gives_the_bidders_deficit_probability_per_year_and_over_the_term_the_same_for_the_same_seed()
    {
        InitialisedTemplate.Write(_cli, Cambs);
        string[] args = ["simulate", Cambs + ".yaml", "--scenario", Cambs + ".scenario.yaml", "--runs", "400", "--seed", "7", "--format", "csv"];

        var first = _cli.RunOk(args).Out;
        var rows = first.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToArray();

        Assert.Equal(["party", "name", "year", "figure", "statistic", "value", "standard_error", "runs", "seed"], rows[0]);
        var deficits = rows.Where(row => row[0] == "uniting-care" && row[3] == "deficit").ToArray();
        Assert.Equal(["2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "term"], deficits.Select(row => row[2]));
        Assert.All(deficits, row =>
        {
            Assert.Equal("probability", row[4]);
            Assert.InRange(double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture), 0.95, 1.0);
            Assert.Equal(["400", "7"], row[7..]);
        });
        Assert.Contains(rows, row => row[0] == "uniting-care" && row[2] == "term" && row[3] == "surplus" && row[4] == "p50");
        Assert.Equal(first, _cli.RunOk(args).Out);
    }

    [Fact]
    public void Simulate_as_json_and_table_name_the_bidders_deficit_probability()
    {
        InitialisedTemplate.Write(_cli, Cambs);
        string[] args = ["simulate", Cambs + ".yaml", "--scenario", Cambs + ".scenario.yaml", "--runs", "200", "--seed", "1"];

        var table = _cli.RunOk(args).Out;
        using var json = System.Text.Json.JsonDocument.Parse(_cli.RunOk([.. args, "--format", "json"]).Out);

        Assert.Matches(@"2015/16\s+P\(deficit\)\s+\d+\.\d\d %", table);
        var bidder = json.RootElement.GetProperty("parties").EnumerateArray().Single(party => party.GetProperty("party").GetString() == "uniting-care");
        Assert.Equal(200, bidder.GetProperty("term").GetProperty("deficit").GetProperty("runs").GetInt64());
    }

    [Fact]
    public void A_bad_scenario_is_located_and_nothing_is_printed()
    {
        InitialisedTemplate.Write(_cli, Cambs);
        _cli.Directory.Write("bad.scenario.yaml", "careledger_scenario: 1\ncontract: cambs-older-people\ncontract_value: -£1m\n");

        var result = _cli.Run("project", Cambs + ".yaml", "--scenario", "bad.scenario.yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("bad.scenario.yaml:3:17: error CL301", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_party_name_that_looks_like_a_formula_is_neutralised_in_both_csvs()
    {
        InitialisedTemplate.Write(_cli, "mid-notts-alliance");
        var contract = File.ReadAllText(_cli.Directory.File("mid-notts-alliance.yaml"))
            .Replace("name: Sherwood Forest Hospitals NHS Foundation Trust", "name: \"=HYPERLINK(\\\"http://x\\\")\"", StringComparison.Ordinal);
        _cli.Directory.Write("mid-notts-alliance.yaml", contract);

        var projected = _cli.RunOk("project", "mid-notts-alliance.yaml", "--scenario", "mid-notts-alliance.scenario.yaml", "--format", "csv").Out;
        var simulated = _cli.RunOk("simulate", "mid-notts-alliance.yaml", "--scenario", "mid-notts-alliance.scenario.yaml", "--runs", "50", "--format", "csv").Out;

        foreach (var csv in new[] { projected, simulated })
        {
            Assert.Contains("sherwood-forest,\"'=HYPERLINK(\"\"http://x\"\")\"", csv);
            Assert.DoesNotContain(",=HYPERLINK", csv);
            Assert.DoesNotContain(",\"=HYPERLINK", csv);
        }
    }
}
