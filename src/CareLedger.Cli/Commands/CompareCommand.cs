using System.CommandLine;
using CareLedger.Application;
using CareLedger.Application.Simulation;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Comparison;
using CareLedger.Cli.Output.Simulation;
using CareLedger.Simulation;
using CareLedger.Simulation.Comparison;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger compare CONTRACT... --scenario FILE [--population FILE] [--runs N] [--seed S] [--threads T] [--format table|json|csv]
/// [--xlsx FILE] [--charts DIR]</c>: contract models side by side on one scenario — each party's expected income, its P10–P90, its
/// chance of a deficit and the risk it carries — with payment by activity (each provider paid its activity at its
/// unit price) as the baseline. Every model draws the same runs. Ctrl+C cancels.
/// </summary>
internal sealed class CompareCommand : CliCommand<CompareCommand.Settings>
{
    private const long MostRuns = 10_000_000;

    private static readonly ResultOutputs<ComparisonResult> Outputs = new(ComparisonRenderer.Write, ComparisonCsvRenderer.Write, ComparisonWorkbook.Write, ComparisonCharts.Write);

    private readonly Argument<string[]> _contracts = new("CONTRACT")
    {
        Description = "The contract files (YAML) to compare; one alone is set beside payment by activity.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _scenario = new ScenarioRun().Scenario;
    private readonly OutputFormatOption _format = new();
    private readonly Option<long> _runs = new("--runs", "-n") { Description = "Runs for each model, each a whole term.", DefaultValueFactory = _ => 10_000 };
    private readonly Option<ulong> _seed = new("--seed") { Description = "The seed: the same seed gives the same results, and every model draws the same runs.", DefaultValueFactory = _ => 1 };
    private readonly Option<int> _threads = new("--threads") { Description = "Threads to run on (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<string?> _population = new("--population", "-p") { Description = "A population file (a population: section, as 'careledger population contract' writes) given to every contract instead of its own.", HelpName = "FILE" };
    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write the results as an Excel workbook to FILE.", HelpName = "FILE" };
    private readonly Option<string?> _charts = new("--charts") { Description = "Also write the income and risk-carried charts, as PNG and SVG, into folder DIR.", HelpName = "DIR" };

    internal sealed record Settings(IReadOnlyList<string> Contracts, string Scenario, long Runs, ulong Seed, int Threads, OutputFormat Format, string? Xlsx = null, string? Population = null, string? Charts = null);

    protected override Command Declare() =>
        new("compare", "Contract models side by side on one scenario: each party's expected income, its spread, its chance of a deficit and the risk it carries, with payment by activity as the baseline.")
        {
            _contracts,
            _scenario,
            _population,
            _runs,
            _seed,
            _threads,
            _format.Option,
            _xlsx,
            _charts,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(_contracts), parse.GetRequiredValue(_scenario), parse.GetValue(_runs), parse.GetValue(_seed), parse.GetValue(_threads), _format.GetValue(parse), parse.GetValue(_xlsx), parse.GetValue(_population), parse.GetValue(_charts));

    protected override SettingsCheck Check(Settings settings) => settings switch
    {
        { Runs: < 1 or > MostRuns } => SettingsCheck.Fail("--runs must be between 1 and 10,000,000."),
        { Threads: < 1 or > 256 } => SettingsCheck.Fail("--threads must be between 1 and 256."),
        { Xlsx: { } xlsx } when string.IsNullOrWhiteSpace(xlsx) => SettingsCheck.Fail("--xlsx needs a file name, e.g. '--xlsx compare.xlsx'."),
        { Charts: { } charts } when string.IsNullOrWhiteSpace(charts) => SettingsCheck.Fail("--charts needs a folder name, e.g. '--charts charts'."),
        { Population: { } population } when string.IsNullOrWhiteSpace(population) => SettingsCheck.Fail("--population needs a file name, e.g. '--population place.population.yaml'."),
        _ => SettingsCheck.Ok,
    };

    protected override int Execute(Settings settings, CliConsole console)
    {
        var contracts = new List<SourceText>();
        foreach (var file in settings.Contracts)
        {
            var read = InputFile.Read(file, console);
            if (read.Source is not { } source)
            {
                return read.ExitCode;
            }

            contracts.Add(source);
        }

        var scenarioText = InputFile.Read(settings.Scenario, console, kind: "scenario");
        if (scenarioText.Source is not { } scenario)
        {
            return scenarioText.ExitCode;
        }

        SourceText? population = null;
        if (settings.Population is { } populationFile)
        {
            var read = InputFile.Read(populationFile, console, kind: "population");
            if (read.Source is not { } source)
            {
                return read.ExitCode;
            }

            population = source;
        }

        var options = new SimulationOptions(settings.Runs, settings.Seed, settings.Threads);
        var totalRuns = settings.Runs * (contracts.Count + 1);
        return Outputs.Run(
            "comparison",
            cancel => SimulationProgress.Run(console, totalRuns, progress => new SimulationService().Compare(contracts, scenario, options, population, progress, cancel)),
            problem => problem.Field == "contract" ? $"the contracts {problem.Message}" : $"--{problem.Field} {problem.Message}",
            settings.Format,
            settings.Xlsx,
            settings.Charts,
            console);
    }
}
