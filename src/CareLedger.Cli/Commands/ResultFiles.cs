namespace CareLedger.Cli.Commands;

/// <summary>
/// Writes what <c>project --xlsx</c> and <c>simulate</c>, <c>viability</c> and <c>incentives --xlsx/--charts</c> ask for
/// beside the printed result: a workbook replaces a file of that name (it is a result of this run, as a settlement's
/// statements are), and a charts folder is created if it is missing. Says on standard error what was written, so
/// standard output stays the result. Returns false after reporting a problem.
/// </summary>
internal static class ResultFiles
{
    public static bool WriteWorkbook(string shown, Func<byte[]> workbook, CliConsole console)
    {
        var path = console.Resolve(shown);
        if (Directory.Exists(path))
        {
            console.WriteProblem($"'{shown}' is a folder; --xlsx needs a file name, e.g. '{Path.Join(shown, "results.xlsx")}'.");
            return false;
        }

        return Attempt(shown, console, () =>
        {
            File.WriteAllBytes(path, workbook());
            console.Error.WriteLine($"Wrote {shown}.");
        });
    }

    public static bool WriteCharts(string shown, Func<string, IReadOnlyList<string>> charts, CliConsole console)
    {
        var path = console.Resolve(shown);
        if (File.Exists(path))
        {
            console.WriteProblem($"'{shown}' is a file; --charts needs a folder to write the charts into.");
            return false;
        }

        return Attempt(shown, console, () =>
        {
            Directory.CreateDirectory(path);
            var written = charts(path);
            console.Error.WriteLine($"Wrote {written.Count / 2} charts, each as PNG and SVG, into {shown}.");
        });
    }

    /// <summary>Writes one file (a chart, a generated CSV) that <paramref name="write"/> makes at the resolved path.</summary>
    public static bool WriteFile(string shown, Action<string> write, CliConsole console)
    {
        var path = console.Resolve(shown);
        return Attempt(shown, console, () =>
        {
            write(path);
            console.Error.WriteLine($"Wrote {shown}.");
        });
    }

    private static bool Attempt(string shown, CliConsole console, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.WriteProblem($"cannot write '{shown}': {exception.Message}");
            return false;
        }
    }
}
