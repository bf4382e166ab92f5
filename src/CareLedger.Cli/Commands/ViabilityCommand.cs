using System.CommandLine;
using CareLedger.Application.Simulation;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Viability;
using CareLedger.Simulation.Viability;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger viability CONTRACT --scenario FILE [--bidder PARTY] [--runs N] [--seed S] [--threads T]
/// [--format table|json|csv] [--xlsx FILE] [--charts DIR]</c>: is a bid viable? The bidder's probability of a deficit in each year
/// and over the term, its expected shortfall and worst year, and the contract values (and bid discounts) at which it
/// is sustainable with 80%, 90% and 95% probability, each with its standard error. Ctrl+C cancels.
/// </summary>
internal sealed class ViabilityCommand : CliCommand<ViabilityCommand.Settings>
{
    /// <summary>Runs are kept one by one for the search (a few numbers each per simulation), so fewer are allowed than for <c>simulate</c>.</summary>
    private const long MostRuns = 1_000_000;

    private static readonly ResultOutputs<ViabilityResult> Outputs = new(ViabilityRenderer.Write, ViabilityCsvRenderer.Write, ViabilityWorkbook.Write, ViabilityCharts.Write);

    private readonly ScenarioRun _run = new();
    private readonly OutputFormatOption _format = new();
    private readonly Option<string?> _bidder = new("--bidder") { Description = "The party whose bid to assess (id or name); by default the one the scenario gives a cost, or the prime.", HelpName = "PARTY" };
    private readonly Option<long> _runs = new("--runs", "-n") { Description = "Runs in each simulation of the search, each a whole term.", DefaultValueFactory = _ => 10_000 };
    private readonly Option<ulong> _seed = new("--seed") { Description = "The seed: the same seed gives the same results.", DefaultValueFactory = _ => 1 };
    private readonly Option<int> _threads = new("--threads") { Description = "Threads to run on (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write the results as an Excel workbook to FILE.", HelpName = "FILE" };
    private readonly Option<string?> _charts = new("--charts") { Description = "Also write the chance of a surplus against contract value and the surplus by year, as PNG and SVG, into folder DIR.", HelpName = "DIR" };

    internal sealed record Settings(string Contract, string Scenario, string? Bidder, long Runs, ulong Seed, int Threads, OutputFormat Format, string? Xlsx = null, string? Charts = null);

    protected override Command Declare() =>
        new("viability", "Is a bid viable? A bidder's chance of a deficit by year and over the term, its expected shortfall, and the contract value at which it is sustainable with 80%, 90% and 95% probability.")
        {
            _run.Contract,
            _run.Scenario,
            _bidder,
            _runs,
            _seed,
            _threads,
            _format.Option,
            _xlsx,
            _charts,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(_run.Contract), parse.GetRequiredValue(_run.Scenario), parse.GetValue(_bidder), parse.GetValue(_runs), parse.GetValue(_seed), parse.GetValue(_threads), _format.GetValue(parse), parse.GetValue(_xlsx), parse.GetValue(_charts));

    protected override SettingsCheck Check(Settings settings) => settings switch
    {
        { Runs: < 1 or > MostRuns } => SettingsCheck.Fail("--runs must be between 1 and 1,000,000."),
        { Threads: < 1 or > 256 } => SettingsCheck.Fail("--threads must be between 1 and 256."),
        { Bidder: { } bidder } when string.IsNullOrWhiteSpace(bidder) => SettingsCheck.Fail("--bidder needs a party's id or name, e.g. '--bidder uniting-care'."),
        { Xlsx: { } xlsx } when string.IsNullOrWhiteSpace(xlsx) => SettingsCheck.Fail("--xlsx needs a file name, e.g. '--xlsx viability.xlsx'."),
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

        return Outputs.Run(
            "viability search",
            cancel => new SimulationService().Viability(contract, scenario, settings.Bidder, settings.Runs, settings.Seed, settings.Threads, null, cancel),
            problem => problem.Field == "contract" ? $"{settings.Contract}: the contract {problem.Message}" : $"--{problem.Field} {problem.Message}",
            settings.Format,
            settings.Xlsx,
            settings.Charts,
            console);
    }
}
