using System.Reflection;

namespace CareLedger.Analytics.Tests;

/// <summary>
/// The public reference data beside the clone: <c>shared/data</c> next to the folder holding the repository (so
/// <c>../shared/data</c> from a clone in <c>/work/main</c> is <c>/work/shared/data</c>). Tests that need it fail
/// with a message saying where it was looked for, never silently skip.
/// </summary>
public static class SharedData
{
    public static string Nhs(string file)
    {
        var root = RepositoryRoot();
        var candidates = new[] { Path.Combine(root, "..", "shared", "data"), Path.Combine(root, "..", "..", "shared", "data") }
            .Select(Path.GetFullPath).ToList();
        var found = candidates.Select(folder => Path.Combine(folder, "nhs", file)).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            $"The reference data file nhs/{file} is missing: looked in {string.Join(" and ", candidates)}. Check out the shared data beside the repository (see the project's data README).");
    }

    public static string RepositoryRoot()
    {
        var builtFrom = typeof(SharedData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, builtFrom }.OfType<string>())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CareLedger.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("No folder above the tests contains CareLedger.slnx.");
    }
}
