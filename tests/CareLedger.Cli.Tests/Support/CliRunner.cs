namespace CareLedger.Cli.Tests.Support;

/// <summary>
/// Runs <c>careledger</c> in-process, as Spectre's command tester does: string writers for stdout and stderr and a
/// temporary working directory, so relative paths and <c>init</c>'s default file land somewhere disposable.
/// </summary>
public sealed class CliRunner : IDisposable
{
    public TempDirectory Directory { get; } = new();

    public CliResult Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = CliApplication.Run(args, new CliConsole(output, error, Directory.Path, UseColour: false));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must succeed; a failure shows its output in the test's message.</summary>
    public CliResult RunOk(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        return result;
    }

    public void Dispose() => Directory.Dispose();
}
