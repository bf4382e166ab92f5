using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Snapshots;

/// <summary>
/// An approved copy of what a command printed, kept under <c>tests/CareLedger.Cli.Tests/Snapshots/approved/</c>, so any
/// change in what a user sees is a reviewed diff. A run that prints something else fails, naming the first line that
/// differs, and writes what it printed beside the approved file as <c>*.received.txt</c> (ignored by git). To approve a
/// change on purpose, run the tests with <c>CARELEDGER_APPROVE=1</c>, read the diff and commit it with a message that
/// says why the output changed.
/// </summary>
public static class Snapshot
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "CareLedger.Cli.Tests", "Snapshots", "approved");

    public static void Matches(string name, CliResult result)
    {
        // The exit code and both streams: a change in any of them is a change a user sees.
        var printed = $"exit {result.ExitCode}\n--- stdout\n{result.Out}--- stderr\n{result.Error}";
        var approvedPath = Path.Combine(Folder, name + ".approved.txt");
        var receivedPath = Path.Combine(Folder, name + ".received.txt");
        if (Environment.GetEnvironmentVariable("CARELEDGER_APPROVE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedPath)!);
            File.WriteAllText(approvedPath, printed);
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == printed)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, printed);
        Assert.Fail(approved is null
            ? $"No approved snapshot '{name}'. What was printed is in {receivedPath}; approve it with CARELEDGER_APPROVE=1."
            : $"'{name}' printed something other than its approved snapshot: {FirstDifference(approved, printed)}. "
              + $"What was printed is in {receivedPath}; if the change is intended, approve it with CARELEDGER_APPROVE=1 and name it in the commit.");
    }

    private static string FirstDifference(string approved, string printed)
    {
        var expected = approved.Split('\n');
        var actual = printed.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var left = i < expected.Length ? expected[i] : "(end of file)";
            var right = i < actual.Length ? actual[i] : "(end of file)";
            if (left != right)
            {
                return $"line {i + 1} was\n  {left}\nand is now\n  {right}\n";
            }
        }

        return "they differ only in line endings";
    }
}
