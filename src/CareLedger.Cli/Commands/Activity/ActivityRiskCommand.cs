using System.CommandLine;
using CareLedger.Analytics.RiskTiers;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Activity;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// <c>careledger activity risk [--year 2023/24] [--seed S] [--format table|json|csv] [--workspace NAME]</c>: fits the
/// emergency-admission risk model on the workspace's own activity (the year before --year to predict --year), shows its
/// accuracy on held-out patients, and stores the tier of every patient of --year for the spend views and contract cohorts.
/// </summary>
internal sealed class ActivityRiskCommand : CliCommand<ActivityRiskCommand.Settings>
{
    private readonly YearOption _year = new("--year", "The year whose emergency admissions the model learns (from the year before) and whose patients it scores (default: the latest year in the workspace).", required: false);

    private readonly Option<int> _seed = new("--seed") { Description = "Seeds the draw of the held-out third: the same workspace and seed give the same model and tiers (default 2026).", DefaultValueFactory = _ => 2026 };

    private readonly OutputFormatOption _format = new();

    private readonly WorkspaceOption _workspace = new();

    internal sealed record Settings(string? Year, int Seed, OutputFormat Format, (string Name, string? Root) Workspace);

    protected override Command Declare() =>
        new("risk", "Fit the emergency-admission risk model on the workspace's activity, show its held-out accuracy, and assign every patient a risk tier.")
        {
            _year.Option, _seed, _format.Option, _workspace.Option, _workspace.DataFolderOption,
        };

    protected override Settings Bind(ParseResult parse) => new(parse.GetValue(_year.Option), parse.GetValue(_seed), _format.GetValue(parse), _workspace.Bind(parse));

    protected override SettingsCheck Check(Settings settings) =>
        YearOption.Problem("--year", settings.Year) is { } year ? SettingsCheck.Fail(year)
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
            return ExitCodes.Ok;
        });
}
