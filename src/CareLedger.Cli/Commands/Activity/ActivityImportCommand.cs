using System.CommandLine;
using CareLedger.Analytics.Importing;
using CareLedger.Cli.Output.Activity;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// <c>careledger activity import FILE... --layout hes-apc|hes-op|hes-ae|generic [--prices FILE] [--workspace NAME]</c>:
/// all files or none; every bad row reported (into a problems file when there are more than fifty).
/// </summary>
internal sealed class ActivityImportCommand : CliCommand<ActivityImportCommand.Settings>
{
    private static readonly Dictionary<string, ActivityLayout> Layouts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hes-apc"] = ActivityLayout.HesAdmitted,
        ["hes-op"] = ActivityLayout.HesOutpatient,
        ["hes-ae"] = ActivityLayout.HesAccidentAndEmergency,
        ["generic"] = ActivityLayout.Generic,
    };

    private readonly Argument<string[]> _files = new("FILE") { Description = "CSV files of activity, all in the one layout.", Arity = ArgumentArity.OneOrMore };

    private readonly Option<string> _layout = new("--layout", "-l")
    {
        Description = "The files' columns: hes-apc (admitted care), hes-op (outpatients), hes-ae (A&E) or generic (docs/activity.md).",
        HelpName = "hes-apc|hes-op|hes-ae|generic",
        Required = true,
    };

    private readonly Option<string?> _prices = new("--prices")
    {
        Description = "Price the activity with this unit-cost table (the National Cost Collection schedule or a local price list); needed for a workspace's first import.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _problems = new("--problems")
    {
        Description = "Where to write every problem found when there are more than 50 (default: FILE.problems.csv in the current directory).",
        HelpName = "FILE",
    };

    private readonly WorkspaceOption _workspace = new();

    internal sealed record Settings(string[] Files, string Layout, string? Prices, string? Problems, (string Name, string? Root) Workspace);

    protected override Command Declare() =>
        new("import", "Import activity files into the workspace, all or nothing, and cost every row.") { _files, _layout, _prices, _problems, _workspace.Option, _workspace.DataFolderOption };

    protected override Settings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(_files), parse.GetRequiredValue(_layout), parse.GetValue(_prices), parse.GetValue(_problems), _workspace.Bind(parse));

    protected override SettingsCheck Check(Settings settings) =>
        !Layouts.ContainsKey(settings.Layout.Trim()) ? SettingsCheck.Fail($"--layout '{settings.Layout}' is not a layout; use hes-apc, hes-op, hes-ae or generic.")
        : WorkspaceOption.Problem(settings.Workspace.Name) is { } problem ? SettingsCheck.Fail(problem)
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console)
    {
        var request = new ImportRequest(
            settings.Files.Select(file => new ImportFile(console.Resolve(file), file)).ToList(),
            Layouts[settings.Layout.Trim()],
            settings.Prices is { } prices ? new ImportFile(console.Resolve(prices), prices) : null);
        var progress = console.UseColour ? new Progress<string>(step => console.Error.WriteLine($"careledger: {step}…")) : null;
        return WorkspaceOption.With(settings.Workspace, console, mustExist: false, store =>
        {
            var outcome = new ActivityImporter(TimeProvider.System).Import(store, request, progress);
            var problemsFile = console.Resolve(settings.Problems ?? Path.GetFileName(settings.Files[0]) + ".problems.csv");
            return ImportOutcomeWriter.Write(outcome, settings.Workspace.Name, problemsFile, console);
        });
    }
}
