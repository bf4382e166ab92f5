using System.CommandLine;
using CareLedger.Analytics.Workspaces;
using CareLedger.Data.Storage;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// The shared <c>--workspace NAME</c> option of the activity commands (default <c>default</c>): the workspace's store
/// is <c>workspaces/NAME/activity.duckdb</c> in the data folder (<c>$CARELEDGER_DATA</c>, else ~/.local/share/careledger).
/// </summary>
internal sealed class WorkspaceOption
{
    public Option<string> Option { get; } = new("--workspace", "-w")
    {
        Description = $"The activity workspace (default: default), kept in the data folder (${DataFolder.Variable} or ~/.local/share/careledger) under workspaces/NAME/.",
        HelpName = "NAME",
        DefaultValueFactory = _ => WorkspaceName.Default.Value,
    };

    public Option<string?> DataFolderOption { get; } = new("--data-folder")
    {
        Description = "Keep workspaces under this folder instead of the data folder.",
        HelpName = "DIR",
    };

    /// <summary>The workspace a command was pointed at: its name and the folder it lives under (null: the data folder).</summary>
    public (string Name, string? Root) Bind(ParseResult parse) => (parse.GetRequiredValue(Option), parse.GetValue(DataFolderOption));

    public static string? Problem(string? written) =>
        WorkspaceName.TryCreate(written, out _) ? null : $"--workspace '{written}' is not a workspace name: use lower-case letters, digits and hyphens (at most 64).";

    public static WorkspaceLocation Locate((string Name, string? Root) workspace, CliConsole console)
    {
        var name = WorkspaceName.TryCreate(workspace.Name, out var parsed) ? parsed : throw new ArgumentException("Check the name first.", nameof(workspace));
        return workspace.Root is { } root ? new WorkspaceLocation(console.Resolve(root), name) : WorkspaceLocation.InDataFolder(name);
    }

    /// <summary>
    /// Opens the workspace's store and runs <paramref name="use"/> with it. A store another process holds, or a file
    /// that is not a DuckDB store, is one clear line and <see cref="ExitCodes.Usage"/>, never a crash.
    /// </summary>
    public static int With((string Name, string? Root) workspace, CliConsole console, bool mustExist, Func<ActivityStore, int> use)
    {
        var name = workspace.Name;
        var location = Locate(workspace, console);
        if (mustExist && !location.Exists)
        {
            console.WriteProblem($"the workspace '{name}' has no activity yet ({location.DatabaseFile}); import some with 'careledger activity import FILE --layout ... --prices PRICES'.");
            return ExitCodes.Usage;
        }

        ActivityStore store;
        try
        {
            store = ActivityStore.Open(location);
        }
        catch (Exception failure) when (failure is DuckDB.NET.Data.DuckDBException or IOException or UnauthorizedAccessException)
        {
            console.WriteProblem($"cannot open the workspace store {location.DatabaseFile}: {failure.Message.Split('\n')[0]} (is another careledger using it?)");
            return ExitCodes.Usage;
        }

        using (store)
        {
            return use(store);
        }
    }
}
