using System.CommandLine;
using CareLedger.Analytics.Contracts;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// <c>careledger activity baseline --year 2023/24 [-o FILE] [--workspace NAME]</c>: the contract's <c>baseline</c>
/// section — spend by service line and provider in that year, activity × tariff — as YAML to paste into a contract.
/// </summary>
internal sealed class ActivityBaselineCommand : CliCommand<ActivityBaselineCommand.Settings>
{
    private readonly YearOption _year = new("--year", "The financial year the baseline measures, e.g. 2023/24.", required: true);

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the section to this file instead of printing it.", HelpName = "FILE" };

    private readonly WorkspaceOption _workspace = new();

    internal sealed record Settings(string? Year, string? Output, (string Name, string? Root) Workspace);

    protected override Command Declare() =>
        new("baseline", "Write a contract's baseline section (spend by service line and provider, activity × tariff) from the workspace.") { _year.Option, _output, _workspace.Option, _workspace.DataFolderOption };

    protected override Settings Bind(ParseResult parse) => new(parse.GetValue(_year.Option), parse.GetValue(_output), _workspace.Bind(parse));

    protected override SettingsCheck Check(Settings settings) =>
        YearOption.Problem("--year", settings.Year) is { } year ? SettingsCheck.Fail(year)
        : WorkspaceOption.Problem(settings.Workspace.Name) is { } problem ? SettingsCheck.Fail(problem)
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console) =>
        WorkspaceOption.With(settings.Workspace, console, mustExist: true, store =>
        {
            var baseline = new BaselineGenerator().Generate(store, YearOption.Parse(settings.Year)!.Value);
            if (baseline.Entries.Count == 0)
            {
                console.WriteProblem($"the workspace '{settings.Workspace.Name}' has no activity in {baseline.Year.Label} (April to March); check --year.");
                return ExitCodes.Findings;
            }

            foreach (var problem in baseline.Problems)
            {
                console.WriteProblem(problem);
            }

            var yaml = BaselineYaml.Write(baseline, settings.Workspace.Name);
            return OutputText.Write(yaml, settings.Output, console) ?? (baseline.Problems.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok);
        });
}
