using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// <c>careledger viability</c> and <c>careledger incentives</c> on the shipped templates: every output format, the same
/// seed giving the same answer, and bad inputs (a party not in the contract, a bidder without a cost, a year not in the
/// term, options out of range, a missing scenario) each a located problem, never a crash.
/// </summary>
public sealed class ViabilityCommandTests : IDisposable
{
    private const string Cambs = "cambs-older-people-prime-provider";
    private const string MidNotts = "mid-notts-alliance";
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Viability_as_csv_gives_the_deficit_by_year_and_the_three_sustainable_values_the_same_for_the_same_seed()
    {
        InitialisedTemplate.Write(_cli, Cambs);
        string[] args = ["viability", Cambs + ".yaml", "--scenario", Cambs + ".scenario.yaml", "--runs", "300", "--seed", "3", "--format", "csv", "--threads", "2"];

        var first = _cli.RunOk(args).Out;
        var rows = first.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToArray();

        Assert.Equal(["bidder", "year", "figure", "value", "standard_error", "runs", "seed"], rows[0]);
        Assert.Equal(["2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "term"], rows.Where(row => row[2] == "deficit").Select(row => row[1]));
        Assert.Equal(["80%", "90%", "95%"], rows.Where(row => row[2] == "sustainable-value").Select(row => row[1]));
        Assert.All(rows.Skip(1), row => Assert.Equal("uniting-care", row[0]));
        Assert.Equal(first, _cli.RunOk([.. args[..^2], "--threads", "1"]).Out);
    }

    [Fact]
    public void Viability_as_a_table_counts_the_unfunded_vat_and_names_the_worst_year()
    {
        InitialisedTemplate.Write(_cli, Cambs);

        var table = _cli.RunOk("viability", Cambs + ".yaml", "--scenario", Cambs + ".scenario.yaml", "--runs", "200").Out;

        Assert.Contains("Unfunded costs the contract names (VAT it does not fund), counted against the bidder", table);
        Assert.Contains("Worst year: ", table);
        Assert.Contains("bid discount", table);
    }

    [Fact]
    public void Incentives_flag_no_incentive_for_indicators_once_a_metric_is_missed_in_every_format()
    {
        InitialisedTemplate.Write(_cli, MidNotts);
        string[] args = ["incentives", MidNotts + ".yaml", "--scenario", MidNotts + ".scenario.yaml", "--year", "2016/17"];

        Assert.Contains("NO INCENTIVE meeting diabetes-plan", _cli.RunOk(args).Out);
        var csv = _cli.RunOk([.. args, "--format", "csv", "--perverse"]).OutLines;
        Assert.StartsWith("year,kind,lever,party,from,to,unit,own,alliance,at_operating_point,flag,explanation", csv[0]);
        Assert.All(csv.Skip(1).Where(line => line.Length > 0), line => Assert.Contains(",no-incentive,", line));
        Assert.Contains("\"findings\"", _cli.RunOk([.. args, "--format", "json"]).Out);
    }

    [Theory]
    [InlineData("--bidder", "unitingcare", "--bidder 'unitingcare' is not a party of this contract (did you mean 'uniting-care'?)")]
    [InlineData("--bidder", "cuh", "--bidder 'cuh' has no cost of delivery in the scenario")]
    [InlineData("--runs", "0", "--runs must be between 1 and 1,000,000.")]
    [InlineData("--threads", "0", "--threads must be between 1 and 256.")]
    public void Viability_refuses_a_bad_option_with_a_usage_error_naming_it(string option, string value, string message)
    {
        InitialisedTemplate.Write(_cli, Cambs);

        string[] runs = option == "--runs" ? [] : ["--runs", "50"];
        var result = _cli.Run(["viability", Cambs + ".yaml", "--scenario", Cambs + ".scenario.yaml", .. runs, option, value]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Incentives_refuse_a_year_not_in_the_term_naming_the_years()
    {
        InitialisedTemplate.Write(_cli, MidNotts);

        var result = _cli.Run("incentives", MidNotts + ".yaml", "--scenario", MidNotts + ".scenario.yaml", "--year", "2030/31");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--year '2030/31' is not a year of this contract. Years: 2016/17, 2017/18, 2018/19.", result.Error);
    }

    [Fact]
    public void A_scenario_with_an_error_is_located_and_nothing_is_run()
    {
        InitialisedTemplate.Write(_cli, Cambs);
        _cli.Directory.Write("bad.scenario.yaml", "careledger_scenario: 1\ncontract: cambs-older-people\nname: bad\ncosts:\n  - { party: uniting-care, amount: £150m, variation: { distribution: normel, mean: 0%, sd: 3% } }\n");

        var viability = _cli.Run("viability", Cambs + ".yaml", "--scenario", "bad.scenario.yaml");
        var incentives = _cli.Run("incentives", Cambs + ".yaml", "--scenario", "bad.scenario.yaml");

        Assert.Equal(ExitCodes.Findings, viability.ExitCode);
        Assert.Contains("bad.scenario.yaml:5:", viability.Error + viability.Out);
        Assert.Contains("CL901", viability.Error + viability.Out);
        Assert.Equal(ExitCodes.Findings, incentives.ExitCode);
        Assert.Contains("CL901", incentives.Error + incentives.Out);
    }

    [Fact]
    public void A_missing_scenario_file_is_a_usage_error_not_a_crash()
    {
        InitialisedTemplate.Write(_cli, Cambs);

        var result = _cli.Run("viability", Cambs + ".yaml", "--scenario", "nowhere.yaml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("nowhere.yaml", result.Error);
    }
}
