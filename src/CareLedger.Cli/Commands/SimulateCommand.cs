using System.CommandLine;
using CareLedger.Application.Simulation;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Simulation;
using CareLedger.Simulation;
using CareLedger.Simulation.Results;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger simulate CONTRACT --scenario FILE --runs N --seed S [--threads T] [--format table|json|csv] [--xlsx FILE]
/// [--charts DIR]</c>: Monte Carlo over the term. The same seed gives the same result on any machine and any number of
/// threads. A progress bar shows on a terminal; Ctrl+C cancels.
/// </summary>
internal sealed class SimulateCommand : CliCommand<SimulateCommand.Settings>
{
    private static readonly ResultOutputs<SimulationResult> Outputs = new(SimulationRenderer.Write, SimulationCsvRenderer.Write, SimulationWorkbook.Write, SimulationCharts.Write);

    private readonly ScenarioRun _run = new();
    private readonly OutputFormatOption _format = new();
    private readonly Option<long> _runs = new("--runs", "-n") { Description = "How many runs, each a whole term.", DefaultValueFactory = _ => 10_000 };
    private readonly Option<ulong> _seed = new("--seed") { Description = "The seed: the same seed gives the same results.", DefaultValueFactory = _ => 1 };
    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write the results as an Excel workbook to FILE.", HelpName = "FILE" };
    private readonly Option<string?> _charts = new("--charts") { Description = "Also write each party's histogram and fan chart, as PNG and SVG, into folder DIR.", HelpName = "DIR" };
    private readonly Option<int> _threads = new("--threads") { Description = "Threads to run on (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };

    internal sealed record Settings(string Contract, string Scenario, long Runs, ulong Seed, int Threads, OutputFormat Format, string? Xlsx = null, string? Charts = null);

    protected override Command Declare() =>
        new("simulate", "Monte Carlo over the term under a scenario: each party's income, surplus and risks by year, with percentiles and standard errors.")
        {
            _run.Contract,
            _run.Scenario,
            _runs,
            _seed,
            _threads,
            _format.Option,
            _xlsx,
            _charts,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(_run.Contract), parse.GetRequiredValue(_run.Scenario), parse.GetValue(_runs), parse.GetValue(_seed), parse.GetValue(_threads), _format.GetValue(parse), parse.GetValue(_xlsx), parse.GetValue(_charts));

    protected override SettingsCheck Check(Settings settings) => settings switch
    {
        { Runs: < 1 or > 100_000_000 } => SettingsCheck.Fail("--runs must be between 1 and 100,000,000."),
        { Threads: < 1 or > 256 } => SettingsCheck.Fail("--threads must be between 1 and 256."),
        { Xlsx: { } xlsx } when string.IsNullOrWhiteSpace(xlsx) => SettingsCheck.Fail("--xlsx needs a file name, e.g. '--xlsx results.xlsx'."),
        { Charts: { } charts } when string.IsNullOrWhiteSpace(charts) => SettingsCheck.Fail("--charts needs a folder name, e.g. '--charts charts'."),
        _ => SettingsCheck.Ok,
    };

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (contract, scenario, exitCode) = ScenarioRun.Read(settings.Contract, settings.Scenario, console);
        if (contract is null || scenario is null)
        {
            return exitCode;
        }

        var options = new SimulationOptions(settings.Runs, settings.Seed, settings.Threads);
        return Outputs.Run(
            "simulation",
            cancel => SimulationProgress.Run(console, settings.Runs, progress => new SimulationService().Simulate(contract, scenario, options, progress, cancel)),
            problem => $"--{problem.Field} {problem.Message}",
            settings.Format,
            settings.Xlsx,
            settings.Charts,
            console);
    }
}
