using System.Text.Json;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>Example actuals as an Excel workbook: init writes one, settle reads it as it reads the YAML.</summary>
public sealed class WorkbookCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_template_s_workbook_settles_to_the_same_statements_as_its_yaml()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance").ExitCode);
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance", "--actuals").ExitCode);
        var init = _cli.Run("init", "mid-notts-alliance", "--actuals", "--format", "xlsx");
        Assert.True(init.ExitCode == ExitCodes.Ok, init.ToString());
        Assert.Contains("Wrote mid-notts-alliance.actuals.xlsx", init.Out, StringComparison.Ordinal);

        var fromYaml = _cli.Run("settle", "mid-notts-alliance.yaml", "--actuals", "mid-notts-alliance.actuals.yaml", "--period", "2016/17", "--format", "json");
        var fromWorkbook = _cli.Run("settle", "mid-notts-alliance.yaml", "--actuals", "mid-notts-alliance.actuals.xlsx", "--period", "2016/17", "--format", "json");

        Assert.True(fromWorkbook.ExitCode == ExitCodes.Ok, fromWorkbook.ToString());
        Assert.Equal(Totals(fromYaml.Out), Totals(fromWorkbook.Out));
    }

    [Theory]
    [InlineData("init", "mid-notts-alliance", "--format", "xlsx")]
    [InlineData("init", "mid-notts-alliance", "--actuals", "--format", "xlsx", "-o", "-")]
    public void A_workbook_needs_actuals_and_a_file(params string[] args)
    {
        var result = _cli.Run(args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
    }

    private static string[] Totals(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("statements").EnumerateArray().Select(statement => statement.GetProperty("total").GetString()!)];
}
