using CareLedger.Data.Storage;

namespace CareLedger.Analytics.Workspaces;

/// <summary>
/// Where a workspace's store lives: <c>workspaces/NAME/activity.duckdb</c> under a root folder — the data folder
/// (<see cref="DataFolder"/>) for the command line, a temporary folder in tests.
/// </summary>
public sealed record WorkspaceLocation(string Root, WorkspaceName Name)
{
    public const string DatabaseFileName = "activity.duckdb";

    public static WorkspaceLocation InDataFolder(WorkspaceName name) => new(DataFolder.Path, name);

    public string Folder => Path.Combine(Root, "workspaces", Name.Value);

    public string DatabaseFile => Path.Combine(Folder, DatabaseFileName);

    public bool Exists => File.Exists(DatabaseFile);
}
