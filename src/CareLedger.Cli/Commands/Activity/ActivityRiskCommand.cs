using System.CommandLine;
using CareLedger.Analytics.RiskTiers;
using CareLedger.Cli.Output;
using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Cli.Output.Activity;
using CareLedger.Cli.Output.Population;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// <c>careledger activity risk [--year 2023/24] [--seed S] [--format table|json|csv] [--xlsx FILE] [--chart FILE.png|FILE.svg]
/// [--workspace NAME]</c>: fits the
/// emergency-admission risk model on the workspace's own activity (the year before --year to predict --year), shows its
/// accuracy on held-out patients, and stores the tier of every patient of --year for the spend views and contract cohorts.
/// </summary>
internal sealed class ActivityRiskCommand : CliCommand<ActivityRiskCommand.Settings>
{
    private readonly YearOption _year = new("--year", "The year whose emergency admissions the model learns (from the year before) and whose patients it scores (default: the latest year in the workspace).", required: false);

    private readonly Option<int> _seed = new("--seed") { Description = "Seeds the draw of the held-out third: the same workspace and seed give the same model and tiers (default 2026).", DefaultValueFactory = _ => 2026 };

    private readonly OutputFormatOption _format = new();

    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write every table (summary, coefficients, calibration, capture, held-out tiers, tiers) as an Excel workbook.", HelpName = "FILE" };

    private readonly Option<string?> _chart = new("--chart") { Description = "Also draw the held-out calibration chart, PNG or SVG by the file's extension.", HelpName = "FILE.png|FILE.svg" };

    private readonly WorkspaceOption _workspace = new();

    internal sealed record Settings(string? Year, int Seed, OutputFormat Format, (string Name, string? Root) Workspace, string? Xlsx = null, string? Chart = null);

    protected override Command Declare() =>
        new("risk", "Fit the emergency-admission risk model on the workspace's activity, show its held-out accuracy, and assign every patient a risk tier.")
        {
            _year.Option, _seed, _format.Option, _xlsx, _chart, _workspace.Option, _workspace.DataFolderOption,
        };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetValue(_year.Option), parse.GetValue(_seed), _format.GetValue(parse), _workspace.Bind(parse), parse.GetValue(_xlsx), parse.GetValue(_chart));

    protected override SettingsCheck Check(Settings settings) =>
        YearOption.Problem("--year", settings.Year) is { } year ? SettingsCheck.Fail(year)
        : settings.Chart is { } chart && !NeedIndexChart.IsChartFile(chart) ? SettingsCheck.Fail($"--chart '{chart}' needs a file ending .png or .svg.")
        : WorkspaceOption.Problem(settings.Workspace.Name) is { } problem ? SettingsCheck.Fail(problem)
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console) =>
        WorkspaceOption.With(settings.Workspace, console, mustExist: true, store =>
        {
            var outcome = new WorkspaceRiskService(TimeProvider.System).Fit(store, YearOption.Parse(settings.Year), settings.Seed);
            if (outcome.Report is not { } report)
            {
                console.WriteProblem(outcome.Problem!);
                return ExitCodes.Findings;
            }

            WorkspaceRiskRenderer.Write(report, settings.Workspace.Name, settings.Format, console.Out);
            var written = (settings.Xlsx is null || ResultFiles.WriteWorkbook(settings.Xlsx, () => XlsxActualsWriter.Write(WorkspaceRiskRows.Sheets(report, settings.Workspace.Name)), console))
                && (settings.Chart is null || ResultFiles.WriteFile(settings.Chart, path => CalibrationChart.Save(report.Check, path), console));
            return written ? ExitCodes.Ok : ExitCodes.Usage;
        });
}
