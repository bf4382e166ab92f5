using Spectre.Console;

namespace CareLedger.Cli.Output.Simulation;

/// <summary>
/// A progress bar for a simulation, drawn on the process's standard error with Spectre.Console and cleared when the
/// run ends or is cancelled. Only when <see cref="CliConsole.ShowsProgress"/>: results on standard output are never
/// mixed with it, and nothing is drawn into a pipe, a file or a test's writer.
/// </summary>
internal static class SimulationProgress
{
    public static T Run<T>(CliConsole console, long runs, Func<IProgress<long>?, T> simulate)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(simulate);
        if (!console.ShowsProgress)
        {
            return simulate(null);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        terminal.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("simulating (Ctrl+C cancels)", maxValue: runs);
                result = simulate(new RunsDone(task));
            });
        return result;
    }

    /// <summary>Runs done so far, reported from several threads: the bar only moves forward.</summary>
    private sealed class RunsDone(ProgressTask task) : IProgress<long>
    {
        private long _most;

        public void Report(long value)
        {
            long seen;
            do
            {
                seen = Interlocked.Read(ref _most);
                if (value <= seen)
                {
                    return;
                }
            }
            while (Interlocked.CompareExchange(ref _most, value, seen) != seen);

            task.Value = value;
        }
    }
}
