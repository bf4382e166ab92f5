using System.Diagnostics;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.EndToEnd;

/// <summary>
/// Runs the real <c>./careledger</c> launcher as a separate process from a directory outside the clone, as a user
/// would. The first run builds the CLI into .build/, so these tests can take a minute on a fresh clone.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _workingDirectory = new();

    public void Dispose() => _workingDirectory.Dispose();

    [Fact]
    [Trait(Needs.Trait, Needs.Templates)]
    public async Task The_launcher_lists_the_templates_from_any_directory()
    {
        var result = await Launch("templates");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("NAME ", result.Out, StringComparison.Ordinal);
        Assert.Contains("bedfordshire-msk-prime", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public async Task The_launcher_passes_relative_paths_from_the_callers_directory()
    {
        var result = await Launch("validate", "missing.yaml");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains(_workingDirectory.File("missing.yaml"), result.Error, StringComparison.Ordinal);
    }

    private async Task<CliResult> Launch(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot.Path, "careledger"))
        {
            WorkingDirectory = _workingDirectory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs inside `dotnet test`, whose MSBuild settings must not leak into the launcher's own build.
        foreach (var name in start.Environment.Keys.Where(key => key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The launcher did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"./careledger {string.Join(' ', args)} did not finish within {Patience}.");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
