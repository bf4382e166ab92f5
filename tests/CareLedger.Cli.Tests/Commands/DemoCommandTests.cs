using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void The_demo_shows_the_published_framework_findings_the_budget_and_what_to_try_next()
    {
        var result = _cli.Run("demo");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("error CL201", result.Out, StringComparison.Ordinal);
        Assert.Contains("17% but its indicators add up to 16%", result.Out, StringComparison.Ordinal);
        Assert.Contains("indicator weights total 99%", result.Out, StringComparison.Ordinal);
        Assert.Contains("Whole-population budget", result.Out, StringComparison.Ordinal);
        Assert.Contains("What to try next", result.Out, StringComparison.Ordinal);
    }
}
