using System.CommandLine;
using CareLedger.Analytics.Importing;
using CareLedger.Cli.Output.Activity;

namespace CareLedger.Cli.Commands.Activity;

/// <summary><c>careledger activity cost --prices FILE [--workspace NAME]</c>: loads a price list and re-costs every row.</summary>
internal sealed class ActivityCostCommand : CliCommand<ActivityCostCommand.Settings>
{
    private readonly Option<string> _prices = new("--prices")
    {
        Description = "The unit-cost table: the National Cost Collection schedule or a local price list (pod,hrg,unit_cost[,activity]).",
        HelpName = "FILE",
        Required = true,
    };

    private readonly WorkspaceOption _workspace = new();

    internal sealed record Settings(string Prices, (string Name, string? Root) Workspace);

    protected override Command Declare() => new("cost", "Price the workspace's activity with another price list; every row is re-costed, or none.") { _prices, _workspace.Option, _workspace.DataFolderOption };

    protected override Settings Bind(ParseResult parse) => new(parse.GetRequiredValue(_prices), _workspace.Bind(parse));

    protected override SettingsCheck Check(Settings settings) =>
        WorkspaceOption.Problem(settings.Workspace.Name) is { } problem ? SettingsCheck.Fail(problem) : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console) =>
        WorkspaceOption.With(settings.Workspace, console, mustExist: true, store =>
        {
            var outcome = new Analytics.Costing.CostingService(TimeProvider.System).Reprice(store, new ImportFile(console.Resolve(settings.Prices), settings.Prices));
            return ImportOutcomeWriter.Write(outcome, settings.Workspace.Name, console.Resolve(Path.GetFileName(settings.Prices) + ".problems.csv"), console);
        });
}
