using System.Text.Json;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// Settle and explain refuse a period whose actuals are incomplete (exit 1, what is missing at the actuals file),
/// unless given <c>--provisional</c>, when every statement, in every format, is marked provisional.
/// </summary>
public sealed class ProvisionalCommandTests : IDisposable
{
    private const string Contract = "mid-notts-alliance.yaml";
    private const string Truncated = "truncated.actuals.yaml";
    private readonly CliRunner _cli = new();

    public ProvisionalCommandTests()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance").ExitCode);
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance", "--actuals").ExitCode);

        // The example actuals cut off after June's activity, as a truncated download would be.
        var lines = File.ReadAllLines(Path.Combine(_cli.Directory.Path, "mid-notts-alliance.actuals.yaml"));
        var lastJune = Array.FindLastIndex(lines, line => line.Contains("period: 2016/17-M06", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(_cli.Directory.Path, Truncated), lines.Take(lastJune + 1));
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_year_with_incomplete_actuals_is_refused_with_what_is_missing_at_the_actuals_file()
    {
        var result = _cli.Run("settle", Contract, "--actuals", Truncated, "--period", "2016/17");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("truncated.actuals.yaml:28:1: error CL809: 2016/17 cannot be settled in full: no activity of Sherwood Forest Hospitals NHS Foundation Trust (sherwood-forest) on elective for 2016/17-M07 to 2016/17-M12 (6 months)", result.Error, StringComparison.Ordinal);
        Assert.Contains("truncated.actuals.yaml:1:1: error CL809: 2016/17 cannot be settled in full: no actual spend on risk/reward item 'acute-activity-after-community-investment' for 2016/17", result.Error, StringComparison.Ordinal);
        Assert.Contains("the actuals are incomplete for 2016/17 (", result.Error, StringComparison.Ordinal);
        Assert.Contains("or settle with --provisional", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provisional_year_settles_with_every_statement_marked_and_the_missing_actuals_listed()
    {
        var result = _cli.Run("settle", Contract, "--actuals", Truncated, "--period", "2016/17", "--provisional");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("PROVISIONAL: the actuals are incomplete for 2016/17, so these figures will change when what is missing is reported:", result.Out, StringComparison.Ordinal);
        Assert.Contains("  - no result for indicator 'diabetes-plan'", result.Out, StringComparison.Ordinal);
        var titles = result.OutLines.Where(line => line.StartsWith("Statement: ", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.EndsWith(", 2016/17, PROVISIONAL", title, StringComparison.Ordinal));
    }

    [Fact]
    public void A_provisional_settlement_says_so_in_json_on_the_document_and_every_statement_and_in_every_csv_row()
    {
        var json = JsonDocument.Parse(_cli.Run("settle", Contract, "--actuals", Truncated, "--period", "2016/17", "--provisional", "--format", "json").Out).RootElement;
        var csv = _cli.Run("settle", Contract, "--actuals", Truncated, "--period", "2016/17", "--provisional", "--format", "csv").OutLines.Select(row => row.TrimEnd('\r')).ToArray();

        Assert.True(json.GetProperty("provisional").GetBoolean());
        Assert.All(json.GetProperty("statements").EnumerateArray(), statement => Assert.True(statement.GetProperty("provisional").GetBoolean()));
        var missing = json.GetProperty("missing").EnumerateArray().First();
        Assert.Equal("activity", missing.GetProperty("section").GetString());
        Assert.Equal(6, missing.GetProperty("periods").GetArrayLength());
        Assert.EndsWith(",provisional", csv[0], StringComparison.Ordinal);
        Assert.All(csv.Skip(1), row => Assert.EndsWith(",yes", row, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_takes_provisional_too_and_says_so()
    {
        var refused = _cli.Run("explain", Contract, "--actuals", Truncated, "--period", "2016/17", "--party", "nuh");
        var provisional = _cli.Run("explain", Contract, "--actuals", Truncated, "--period", "2016/17", "--party", "nuh", "--provisional");

        Assert.Equal(ExitCodes.Findings, refused.ExitCode);
        Assert.True(provisional.ExitCode == ExitCodes.Ok, provisional.ToString());
        Assert.StartsWith("Nottingham University Hospitals NHS Trust (nuh), 2016/17: how each amount was derived\nPROVISIONAL: the actuals are incomplete for 2016/17", provisional.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_the_truncated_file_covers_settles_without_provisional()
    {
        var result = _cli.Run("settle", Contract, "--actuals", Truncated, "--period", "2016/17-M03");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.DoesNotContain("PROVISIONAL", result.Out, StringComparison.Ordinal);
    }
}
