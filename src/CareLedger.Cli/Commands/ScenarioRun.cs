using System.CommandLine;
using CareLedger.Application;

namespace CareLedger.Cli.Commands;

/// <summary>What <c>project</c> and <c>simulate</c> share: the contract, the scenario file, and reading both.</summary>
internal sealed class ScenarioRun
{
    public Argument<string> Contract { get; } = ContractArgument.Create();

    public Option<string> Scenario { get; } = new("--scenario", "-s")
    {
        Description = "The scenario file (YAML): what varies over the term and how (docs/scenario-spec.md).",
        Required = true,
        HelpName = "FILE",
    };

    /// <summary>Both files' text, or null with the exit code after the problem is printed.</summary>
    public static (SourceText? Contract, SourceText? Scenario, int ExitCode) Read(string contract, string scenario, CliConsole console)
    {
        var contractText = InputFile.Read(contract, console);
        if (contractText.Source is not { } contractSource)
        {
            return (null, null, contractText.ExitCode);
        }

        var scenarioText = InputFile.Read(scenario, console, kind: "scenario");
        return scenarioText.Source is { } scenarioSource ? (contractSource, scenarioSource, ExitCodes.Ok) : (null, null, scenarioText.ExitCode);
    }
}
