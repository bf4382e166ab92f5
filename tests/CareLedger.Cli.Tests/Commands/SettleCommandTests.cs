using System.Text.Json;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>Settle and explain on the Mid-Nottinghamshire template and its example year of actuals.</summary>
public sealed class SettleCommandTests : IDisposable
{
    private const string Contract = "mid-notts-alliance.yaml";
    private const string Actuals = "mid-notts-alliance.actuals.yaml";
    private readonly CliRunner _cli = new();

    public SettleCommandTests()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance").ExitCode);
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance", "--actuals").ExitCode);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_year_end_settlement_in_json_has_a_statement_per_party_string_amounts_and_passing_checks()
    {
        var result = _cli.Run("settle", Contract, "--actuals", Actuals, "--period", "2016/17", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("2016/17", root.GetProperty("period").GetString());
        var elements = new HashSet<string>();
        decimal total = 0;
        foreach (var statement in root.GetProperty("statements").EnumerateArray())
        {
            total += decimal.Parse(statement.GetProperty("total").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var line in statement.GetProperty("lines").EnumerateArray())
            {
                Assert.Matches(@"^-?\d+\.\d\d$", line.GetProperty("amount").GetString()!);
                elements.Add(line.GetProperty("element").GetString()!);
            }
        }

        Assert.Equal(0m, total);
        Assert.Superset(new HashSet<string> { "fixed", "variable", "outcome", "risk-share" }, elements);
        Assert.All(root.GetProperty("checks").EnumerateArray(), check => Assert.True(check.GetProperty("passed").GetBoolean(), check.GetProperty("name").GetString()));
    }

    [Fact]
    public void A_month_pays_instalments_and_activity_on_account()
    {
        var result = _cli.Run("settle", Contract, "--actuals", Actuals, "--period", "2016/17-M01", "--party", "sherwood-forest");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Fixed element, instalment 2016/17-M01 of 12", result.Out, StringComparison.Ordinal);
        Assert.Contains("on account", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Statement: Nottingham University", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("-o")]
    [InlineData("--out")]
    public void Output_writes_one_statement_file_per_party_and_the_checks(string option)
    {
        var result = _cli.Run("settle", Contract, "--actuals", Actuals, "--period", "2016/17", "--format", "csv", option, "statements");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        var files = Directory.GetFiles(_cli.Directory.File("statements")).Select(Path.GetFileName).ToArray();
        Assert.Contains("sherwood-forest-2016-17.csv", files);
        Assert.Contains("checks-2016-17.txt", files);
        var csv = File.ReadAllText(_cli.Directory.File("statements/sherwood-forest-2016-17.csv"));
        Assert.StartsWith("period,party,party_name,element,on_account,counterparty,amount,reason", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_cites_the_contract_key_and_the_actuals_row_for_each_input()
    {
        var result = _cli.Run("explain", Contract, "--actuals", Actuals, "--period", "2016/17", "--party", "sherwood-forest", "--element", "outcome");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("rule:     outcome", result.Out, StringComparison.Ordinal);
        Assert.Contains("[mid-notts-alliance.yaml:", result.Out, StringComparison.Ordinal);
        Assert.Contains("[mid-notts-alliance.actuals.yaml:", result.Out, StringComparison.Ordinal);
        Assert.Contains("result:   £", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_of_every_statement_can_be_explained()
    {
        var settle = JsonDocument.Parse(_cli.Run("settle", Contract, "--actuals", Actuals, "--period", "2016/17", "--format", "json").Out).RootElement;
        foreach (var statement in settle.GetProperty("statements").EnumerateArray())
        {
            var party = statement.GetProperty("party").GetString()!;
            var result = _cli.Run("explain", Contract, "--actuals", Actuals, "--period", "2016/17", "--party", party, "--format", "json");
            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            var explained = JsonDocument.Parse(result.Out).RootElement.GetProperty("lines");
            Assert.Equal(statement.GetProperty("lines").GetArrayLength(), explained.GetArrayLength());
            Assert.All(explained.EnumerateArray(), line => Assert.Equal(line.GetProperty("amount").GetString(), line.GetProperty("explanation").GetProperty("result").GetString()));
        }
    }

    [Fact]
    public void Bad_actuals_are_reported_where_they_are_and_nothing_is_settled()
    {
        _cli.Directory.Write("bad.actuals.yaml", """
            careledger_actuals: 1
            contract: mid-notts-better-together
            population:
              - { year: 2016/17, heads: lots }
            """);

        var result = _cli.Run("settle", Contract, "--actuals", "bad.actuals.yaml", "--period", "2016/17");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("bad.actuals.yaml:4:", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_period_outside_the_term_and_an_unknown_party_are_usage_errors()
    {
        var period = _cli.Run("settle", Contract, "--actuals", Actuals, "--period", "2030/31");
        var party = _cli.Run("settle", Contract, "--actuals", Actuals, "--period", "2016/17", "--party", "sherwood-forst");

        Assert.Equal(ExitCodes.Usage, period.ExitCode);
        Assert.Contains("outside the contract term", period.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, party.ExitCode);
        Assert.Contains("did you mean 'sherwood-forest'", party.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output", "")]
    [InlineData("-o", " ")]
    [InlineData("--out", "")]
    public void An_empty_output_folder_is_a_usage_error_not_the_current_folder(string option, string folder)
    {
        var before = Directory.GetFileSystemEntries(_cli.Directory.Path).Length;

        var result = _cli.Run("settle", Contract, "--actuals", Actuals, "--period", "2016/17", option, folder);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--output needs a folder name", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
        Assert.Equal(before, Directory.GetFileSystemEntries(_cli.Directory.Path).Length);
    }

    [Fact]
    public void Output_given_both_ways_is_a_usage_error()
    {
        var result = _cli.Run("settle", Contract, "--actuals", Actuals, "--period", "2016/17", "-o", "a", "--out", "b");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("given twice", result.Error, StringComparison.Ordinal);
    }
}
