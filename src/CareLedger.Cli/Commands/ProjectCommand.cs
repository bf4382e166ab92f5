using System.CommandLine;
using CareLedger.Application.Simulation;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Simulation;

namespace CareLedger.Cli.Commands;

/// <summary><c>careledger project CONTRACT --scenario FILE [--format table|json]</c>: every year of the term settled under the scenario's central values.</summary>
internal sealed class ProjectCommand : CliCommand<ProjectCommand.Settings>
{
    private readonly ScenarioRun _run = new();
    private readonly OutputFormatOption _format = new();

    internal sealed record Settings(string Contract, string Scenario, OutputFormat Format);

    protected override Command Declare() =>
        new("project", "Settle every year of the term under a scenario's central values: each party's income, cost and surplus by year and over the term.")
        {
            _run.Contract,
            _run.Scenario,
            _format.Option,
        };

    protected override Settings Bind(ParseResult parse) => new(parse.GetRequiredValue(_run.Contract), parse.GetRequiredValue(_run.Scenario), _format.GetValue(parse));

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (contract, scenario, exitCode) = ScenarioRun.Read(settings.Contract, settings.Scenario, console);
        if (contract is null || scenario is null)
        {
            return exitCode;
        }

        var result = new SimulationService().Project(contract, scenario);
        Diagnostics.Print(result.Diagnostics, console);
        if (result.Value is not { } projection)
        {
            return ExitCodes.Findings;
        }

        if (settings.Format == OutputFormat.Json)
        {
            JsonDocumentWriter.Write(projection, console.Out);
        }
        else
        {
            ProjectionRenderer.Write(projection, console.Out);
        }

        return ExitCodes.Ok;
    }
}
