using CareLedger.Application;
using CareLedger.Cli.Commands;

namespace CareLedger.Cli.Output;

/// <summary>
/// How a simulation-style result leaves the program: printed on standard output as a table, JSON or CSV, then written
/// as a workbook and as charts when asked; and the long run before it, which Ctrl+C cancels. What <c>simulate</c>,
/// <c>viability</c>, <c>incentives</c> and <c>compare</c> share; each supplies its own service call and renderers.
/// </summary>
/// <param name="Table">The readable table.</param>
/// <param name="Csv">The CSV (the workbook's first sheet holds the same rows).</param>
/// <param name="Workbook">The XLSX bytes.</param>
/// <param name="Charts">Writes the charts into a folder that exists and returns the files written.</param>
internal sealed record ResultOutputs<T>(
    Action<T, TextWriter> Table,
    Action<T, TextWriter> Csv,
    Func<T, byte[]> Workbook,
    Func<T, string, IReadOnlyList<string>> Charts)
    where T : class
{
    /// <summary>
    /// Runs <paramref name="run"/> with Ctrl+C cancelling it, prints its findings, then delivers its value
    /// (<see cref="Deliver"/>). A problem with the request is a usage error, worded by <paramref name="describe"/>;
    /// findings without a value exit with <see cref="ExitCodes.Findings"/>; a cancelled run says nothing was written.
    /// </summary>
    /// <param name="work">What is cancelled, as the message names it ("simulation", "viability search").</param>
    /// <param name="shown">What to print and put in the workbook, when that is less than the charts draw (incentives' <c>--perverse</c>).</param>
    public int Run(
        string work,
        Func<CancellationToken, ServiceResult<T>> run,
        Func<RequestProblem, string> describe,
        OutputFormat format,
        string? xlsx,
        string? charts,
        CliConsole console,
        Func<T, T>? shown = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(describe);
        ArgumentNullException.ThrowIfNull(console);
        using var cancel = new ConsoleCancellation();
        try
        {
            var result = run(cancel.Token);
            Diagnostics.Print(result.Diagnostics, console);
            if (result.Problem is { } problem)
            {
                console.WriteProblem(describe(problem));
                return ExitCodes.Usage;
            }

            return result.Value is { } value
                ? Deliver(shown is null ? value : shown(value), format, xlsx, charts, console, charted: value)
                : ExitCodes.Findings;
        }
        catch (OperationCanceledException)
        {
            console.WriteProblem($"{work} cancelled; nothing was written.");
            return ExitCodes.Findings;
        }
    }

    /// <summary>
    /// Prints <paramref name="result"/> in <paramref name="format"/>, then writes the workbook to <paramref name="xlsx"/>
    /// and the charts (of <paramref name="charted"/>, by default the result) into <paramref name="charts"/> where given.
    /// </summary>
    /// <returns><see cref="ExitCodes.Ok"/>, or <see cref="ExitCodes.Findings"/> when a file could not be written (the problem is printed).</returns>
    private int Deliver(T result, OutputFormat format, string? xlsx, string? charts, CliConsole console, T? charted = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        switch (format)
        {
            case OutputFormat.Json:
                JsonDocumentWriter.Write(result, console.Out);
                break;
            case OutputFormat.Csv:
                Csv(result, console.Out);
                break;
            default:
                Table(result, console.Out);
                break;
        }

        var written = (xlsx is null || ResultFiles.WriteWorkbook(xlsx, () => Workbook(result), console))
            & (charts is null || ResultFiles.WriteCharts(charts, folder => Charts(charted ?? result, folder), console));
        return written ? ExitCodes.Ok : ExitCodes.Findings;
    }
}
