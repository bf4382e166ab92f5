using System.CommandLine;
using CareLedger.Analytics.Risk;
using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Population;

namespace CareLedger.Cli.Commands.Population;

/// <summary>
/// <c>careledger population risk [--people N] [--seed S] [--format table|json|csv] [--xlsx FILE] [--chart FILE.png|FILE.svg]</c>:
/// generates the synthetic linked population, fits the emergency-admission risk model on two thirds and reports it on
/// the rest: AUROC against baselines and the ceiling, calibration by decile, top 1/2/5% capture, risk tiers.
/// </summary>
internal sealed class PopulationRiskCommand : CliCommand<PopulationRiskCommand.Settings>
{
    private readonly Option<int> _people = new("--people") { Description = "How many people to generate (default 300,000).", DefaultValueFactory = _ => 300_000 };

    private readonly Option<int> _seed = new("--seed") { Description = "The generator's seed: the same seed gives the same people and the same report.", DefaultValueFactory = _ => 2026 };

    private readonly OutputFormatOption _format = new();

    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write every table (summary, coefficients, calibration, capture, tiers) as an Excel workbook.", HelpName = "FILE" };

    private readonly Option<string?> _chart = new("--chart") { Description = "Also draw the calibration chart, PNG or SVG by the file's extension.", HelpName = "FILE.png|FILE.svg" };

    internal sealed record Settings(int People, int Seed, OutputFormat Format, string? Xlsx, string? Chart);

    protected override Command Declare() =>
        new("risk", "Fit and check the emergency-admission risk model on a seeded synthetic linked population.") { _people, _seed, _format.Option, _xlsx, _chart };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetValue(_people), parse.GetValue(_seed), _format.GetValue(parse), parse.GetValue(_xlsx), parse.GetValue(_chart));

    protected override SettingsCheck Check(Settings settings) =>
        settings.People is < 3_000 or > 5_000_000 ? SettingsCheck.Fail("--people needs a number from 3,000 to 5,000,000.")
        : settings.Chart is { } chart && !NeedIndexChart.IsChartFile(chart) ? SettingsCheck.Fail($"--chart '{chart}' needs a file ending .png or .svg.")
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console)
    {
        var report = new RiskStratificationService().Evaluate(new SyntheticPopulationGenerator().Generate(settings.People, settings.Seed));
        RiskRenderer.Write(report, settings.Format, console.Out);
        var written = (settings.Xlsx is null || ResultFiles.WriteWorkbook(settings.Xlsx, () => XlsxActualsWriter.Write([
                ("summary", RiskRows.Summary(report)), ("coefficients", RiskRows.Coefficients(report)), ("calibration", RiskRows.Calibration(report)),
                ("capture", RiskRows.Captures(report)), ("tiers", RiskRows.Tiers(report)),
            ]), console))
            && (settings.Chart is null || ResultFiles.WriteFile(settings.Chart, path => CalibrationChart.Save(report.Check, path), console));
        return written ? ExitCodes.Ok : ExitCodes.Usage;
    }
}
