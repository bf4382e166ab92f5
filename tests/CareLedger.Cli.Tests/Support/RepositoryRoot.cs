using System.Reflection;

namespace CareLedger.Cli.Tests.Support;

/// <summary>
/// The repository root: the nearest folder above the test assembly that holds CareLedger.slnx. A build with
/// <c>--artifacts-path</c> outside the clone puts the assembly elsewhere; then the folder the test project was built
/// from (recorded in the assembly by the project file) is searched the same way.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var builtFrom = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "ProjectDirectory")?.Value;
        string?[] starts = [AppContext.BaseDirectory, builtFrom];
        foreach (var start in starts.OfType<string>())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "CareLedger.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} or {builtFrom} contains CareLedger.slnx.");
    }
}
