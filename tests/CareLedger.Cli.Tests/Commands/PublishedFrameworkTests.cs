using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// Errors stop every command that computes, warnings none: the Mid-Nottinghamshire framework exactly as published
/// (weights of 99% in all, end of life 16% against 17%) validates with two errors, and budget, settle and explain
/// refuse it with those errors in the validate format, computing nothing; the shipped template, with the missing
/// 1% assumed, validates clean.
/// </summary>
public sealed class PublishedFrameworkTests : IDisposable
{
    private const string Published = "mid-notts-alliance-as-published";
    private readonly CliRunner _cli = new();

    public PublishedFrameworkTests()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", Published).ExitCode);
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", Published, "--actuals").ExitCode);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Validate_reports_the_two_weight_errors_of_the_framework_as_published()
    {
        var result = _cli.Run("validate", Published + ".yaml");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Matches(@$"^{Published}\.yaml:\d+:\d+: error CL203: .*indicator weights total 99%", result.OutLines[0]);
        Assert.Matches(@$"^{Published}\.yaml:\d+:\d+: error CL201: outcome 'end-of-life'.*has weight 17% but its indicators add up to 16%", result.OutLines[1]);
    }

    [Theory]
    [InlineData("budget")]
    [InlineData("settle")]
    [InlineData("explain")]
    public void A_command_that_computes_refuses_errors_about_year_end_terms_too(string command)
    {
        string[] arguments = command == "budget"
            ? [command, Published + ".yaml"]
            : [command, Published + ".yaml", "--actuals", Published + ".actuals.yaml", "--period", "2016/17", "--party", "sherwood-forest"];
        if (command == "settle")
        {
            arguments = arguments[..^2];
        }

        var result = _cli.Run(arguments);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("error CL201", result.Error, StringComparison.Ordinal);
        Assert.Contains("error CL203", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_template_with_the_missing_1_percent_assumed_validates_clean()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "mid-notts-alliance").ExitCode);

        var result = _cli.Run("validate", "mid-notts-alliance.yaml");

        Assert.Equal((ExitCodes.Ok, "mid-notts-alliance.yaml: valid\n"), (result.ExitCode, result.Out));
    }

    [Fact]
    public void A_warning_alone_stops_nothing()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "bedfordshire-msk-prime").ExitCode);
        var path = _cli.Directory.File("bedfordshire-msk-prime.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("    rate: 1.3%", "    rate: 25%", StringComparison.Ordinal));

        var result = _cli.Run("budget", "bedfordshire-msk-prime.yaml");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"^bedfordshire-msk-prime\.yaml:121:11: warning CL303: ", result.Error);
        Assert.Contains("Whole-population budget", result.Out, StringComparison.Ordinal);
    }
}
