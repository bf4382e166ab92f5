using System.CommandLine;
using CareLedger.Application.Simulation;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Incentives;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger incentives CONTRACT --scenario FILE [--year YEAR] [--perverse] [--threads T] [--format table|json|csv]
/// [--xlsx FILE]</c>: for each provider and each lever it controls, the marginal effect on its own income and on the
/// alliance over the ranges where caps, collars, dead-bands, bands and thresholds change it, with perverse incentives
/// flagged. The scenario gives the operating point (its central values: plans, prices, results, spend).
/// </summary>
internal sealed class IncentivesCommand : CliCommand<IncentivesCommand.Settings>
{
    private readonly ScenarioRun _run = new();
    private readonly OutputFormatOption _format = new();
    private readonly Option<string?> _year = new("--year") { Description = "The contract year to analyse, e.g. 2017/18 (default: the last year of the term).", HelpName = "YEAR" };
    private readonly Option<bool> _perverse = new("--perverse") { Description = "Show only the findings flagged perverse or without incentive." };
    private readonly Option<int> _threads = new("--threads") { Description = "Threads to run on (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write the findings as an Excel workbook to FILE.", HelpName = "FILE" };

    internal sealed record Settings(string Contract, string Scenario, string? Year, bool Perverse, int Threads, OutputFormat Format, string? Xlsx = null);

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
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(_run.Contract), parse.GetRequiredValue(_run.Scenario), parse.GetValue(_year), parse.GetValue(_perverse), parse.GetValue(_threads), _format.GetValue(parse), parse.GetValue(_xlsx));

    protected override SettingsCheck Check(Settings settings) => settings switch
    {
        { Threads: < 1 or > 256 } => SettingsCheck.Fail("--threads must be between 1 and 256."),
        { Year: { } year } when string.IsNullOrWhiteSpace(year) => SettingsCheck.Fail("--year needs a contract year, e.g. '--year 2017/18'."),
        { Xlsx: { } xlsx } when string.IsNullOrWhiteSpace(xlsx) => SettingsCheck.Fail("--xlsx needs a file name, e.g. '--xlsx incentives.xlsx'."),
        _ => SettingsCheck.Ok,
    };

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (contract, scenario, exitCode) = ScenarioRun.Read(settings.Contract, settings.Scenario, console);
        if (contract is null || scenario is null)
        {
            return exitCode;
        }

        var result = new SimulationService().Incentives(contract, scenario, settings.Year, settings.Threads);
        Diagnostics.Print(result.Diagnostics, console);
        if (result.Problem is { } problem)
        {
            console.WriteProblem($"--{problem.Field} {problem.Message}");
            return ExitCodes.Usage;
        }

        if (result.Value is not { } analysis)
        {
            return ExitCodes.Findings;
        }

        if (settings.Perverse)
        {
            analysis = analysis with { Findings = analysis.Findings.Where(finding => finding.Flag != Simulation.Incentives.IncentiveFlag.None).ToArray() };
        }

        switch (settings.Format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(analysis, console.Out);
                break;
            case OutputFormat.Csv:
                IncentivesCsvRenderer.Write(analysis, console.Out);
                break;
            default:
                IncentivesRenderer.Write(analysis, console.Out);
                break;
        }

        var written = settings.Xlsx is not { } xlsx || ResultFiles.WriteWorkbook(xlsx, () => IncentivesWorkbook.Write(analysis), console);
        return written ? ExitCodes.Ok : ExitCodes.Findings;
    }
}
