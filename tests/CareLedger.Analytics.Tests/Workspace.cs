using CareLedger.Analytics.Importing;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Tests;

/// <summary>A throwaway workspace under a temporary folder, with helpers to write input files and import them.</summary>
public sealed class Workspace : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "careledger-analytics-" + Guid.NewGuid().ToString("N"));

    public Workspace()
    {
        Directory.CreateDirectory(_root);
        Store = ActivityStore.Open(new WorkspaceLocation(_root, WorkspaceName.Default));
    }

    public ActivityStore Store { get; }

    public static TimeProvider Clock { get; } = new FixedClock();

    public string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public ImportOutcome Import(ActivityLayout layout, string? prices, params string[] files) =>
        new ActivityImporter(Clock).Import(Store, new ImportRequest(
            files.Select(file => new ImportFile(file, Path.GetFileName(file))).ToList(), layout,
            prices is null ? null : new ImportFile(prices, Path.GetFileName(prices))));

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    }
}
