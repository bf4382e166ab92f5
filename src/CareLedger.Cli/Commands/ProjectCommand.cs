using System.CommandLine;
using CareLedger.Application.Simulation;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Simulation;

namespace CareLedger.Cli.Commands;

/// <summary><c>careledger project CONTRACT --scenario FILE [--format table|json|csv] [--xlsx FILE]</c>: every year of the term settled under the scenario's central values.</summary>
internal sealed class ProjectCommand : CliCommand<ProjectCommand.Settings>
{
    private readonly ScenarioRun _run = new();
    private readonly OutputFormatOption _format = new();
    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write the projection as an Excel workbook to FILE.", HelpName = "FILE" };

    internal sealed record Settings(string Contract, string Scenario, OutputFormat Format, string? Xlsx = null);

    protected override Command Declare() =>
        new("project", "Settle every year of the term under a scenario's central values: each party's income, cost and surplus by year and over the term.")
        {
            _run.Contract,
            _run.Scenario,
            _format.Option,
            _xlsx,
        };

    protected override Settings Bind(ParseResult parse) => new(parse.GetRequiredValue(_run.Contract), parse.GetRequiredValue(_run.Scenario), _format.GetValue(parse), parse.GetValue(_xlsx));

    protected override SettingsCheck Check(Settings settings) =>
        settings.Xlsx is { } xlsx && string.IsNullOrWhiteSpace(xlsx) ? SettingsCheck.Fail("--xlsx needs a file name, e.g. '--xlsx projection.xlsx'.") : SettingsCheck.Ok;

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
        else if (settings.Format == OutputFormat.Csv)
        {
            ProjectionCsvRenderer.Write(projection, console.Out);
        }
        else
        {
            ProjectionRenderer.Write(projection, console.Out);
        }

        return settings.Xlsx is not { } xlsx || ResultFiles.WriteWorkbook(xlsx, () => ProjectionWorkbook.Write(projection), console) ? ExitCodes.Ok : ExitCodes.Findings;
    }
}
