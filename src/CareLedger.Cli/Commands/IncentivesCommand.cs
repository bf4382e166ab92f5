using System.CommandLine;
using CareLedger.Application.Simulation;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Incentives;
using CareLedger.Simulation.Incentives;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger incentives CONTRACT --scenario FILE [--year YEAR] [--perverse] [--threads T] [--format table|json|csv]
/// [--xlsx FILE] [--charts DIR]</c>: for each provider and each lever it controls, the marginal effect on its own income and on the
/// alliance over the ranges where caps, collars, dead-bands, bands and thresholds change it, with perverse incentives
/// flagged. The scenario gives the operating point (its central values: plans, prices, results, spend). Ctrl+C cancels.
/// </summary>
internal sealed class IncentivesCommand : CliCommand<IncentivesCommand.Settings>
{
    private static readonly ResultOutputs<IncentiveResult> Outputs = new(IncentivesRenderer.Write, IncentivesCsvRenderer.Write, IncentivesWorkbook.Write, IncentiveCharts.Write);

    private readonly ScenarioRun _run = new();
    private readonly OutputFormatOption _format = new();
    private readonly Option<string?> _year = new("--year") { Description = "The contract year to analyse, e.g. 2017/18 (default: the last year of the term).", HelpName = "YEAR" };
    private readonly Option<bool> _perverse = new("--perverse") { Description = "Show only the findings flagged perverse or without incentive." };
    private readonly Option<int> _threads = new("--threads") { Description = "Threads to run on (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write the findings as an Excel workbook to FILE.", HelpName = "FILE" };
    private readonly Option<string?> _charts = new("--charts") { Description = "Also write each party's marginal income from each lever, as PNG and SVG, into folder DIR.", HelpName = "DIR" };

    internal sealed record Settings(string Contract, string Scenario, string? Year, bool Perverse, int Threads, OutputFormat Format, string? Xlsx = null, string? Charts = null);

    protected override Command Declare() =>
        new("incentives", "Does the payment mechanism reward the right behaviour? Each provider's marginal income from each lever it controls, with perverse incentives flagged.")
        {
            _run.Contract,
            _run.Scenario,
            _year,
            _perverse,
            _threads,
            _format.Option,
            _xlsx,
            _charts,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(_run.Contract), parse.GetRequiredValue(_run.Scenario), parse.GetValue(_year), parse.GetValue(_perverse), parse.GetValue(_threads), _format.GetValue(parse), parse.GetValue(_xlsx), parse.GetValue(_charts));

    protected override SettingsCheck Check(Settings settings) => settings switch
    {
        { Threads: < 1 or > 256 } => SettingsCheck.Fail("--threads must be between 1 and 256."),
        { Year: { } year } when string.IsNullOrWhiteSpace(year) => SettingsCheck.Fail("--year needs a contract year, e.g. '--year 2017/18'."),
        { Xlsx: { } xlsx } when string.IsNullOrWhiteSpace(xlsx) => SettingsCheck.Fail("--xlsx needs a file name, e.g. '--xlsx incentives.xlsx'."),
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

        // --perverse filters what is printed; the charts keep every range of each lever, since a step chart with
        // ranges missing would join the ones either side of the gap. The flagged ranges are highlighted in them.
        Func<IncentiveResult, IncentiveResult>? shown = settings.Perverse
            ? analysis => analysis with { Findings = analysis.Findings.Where(finding => finding.Flag != IncentiveFlag.None).ToArray() }
            : null;
        return Outputs.Run(
            "incentive analysis",
            cancel => new SimulationService().Incentives(contract, scenario, settings.Year, settings.Threads, cancel),
            problem => $"--{problem.Field} {problem.Message}",
            settings.Format,
            settings.Xlsx,
            settings.Charts,
            console,
            shown);
    }
}
