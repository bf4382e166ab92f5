using CareLedger.Cli.Output;

namespace CareLedger.Cli;

/// <summary>
/// Where a command writes and what it may assume about its surroundings. Passed in, never read from globals, so that
/// tests run commands in-process against string writers and a temporary working directory.
/// </summary>
/// <param name="Out">Results: diagnostics, tables, CSV, JSON. Safe to redirect to a file.</param>
/// <param name="Error">Problems that stopped a command, and how to fix them.</param>
/// <param name="WorkingDirectory">The directory relative paths on the command line are resolved against.</param>
/// <param name="UseColour">True only when <paramref name="Out"/> is an interactive terminal that accepts ANSI colour.</param>
/// <remarks>
/// Both writers are guarded by a <see cref="TerminalWriter"/> however the console is made, so text from an input file
/// can never reach a terminal as a control sequence, whichever command or message prints it.
/// </remarks>
public sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory, bool UseColour)
{
    public TextWriter Out { get; } = TerminalWriter.Over(Out);

    public TextWriter Error { get; } = TerminalWriter.Over(Error);

    /// <summary>
    /// The console for a real process: the current directory, and colour only when <paramref name="stdout"/> is the
    /// process's own terminal. Redirected output, <c>NO_COLOR</c> and <c>TERM=dumb</c> all turn colour off, so files
    /// and pipes never receive escape codes.
    /// </summary>
    public static CliConsole For(TextWriter stdout, TextWriter stderr) =>
        new(stdout, stderr, Directory.GetCurrentDirectory(), IsColourTerminal(stdout)) { ShowsProgress = IsProgressTerminal(stderr) };

    /// <summary>
    /// True only when <see cref="Error"/> is the process's own interactive terminal: then a long run may draw a
    /// progress bar there (on the real standard error, cleared when done). Never in tests, pipes or files.
    /// </summary>
    public bool ShowsProgress { get; init; }

    /// <summary>Writes a problem to <see cref="Error"/>, prefixed with the program name as shells and CI logs expect.</summary>
    public void WriteProblem(string message) => Error.WriteLine("careledger: " + message);

    /// <summary>Writes out what is buffered on both writers; the run calls it as it ends.</summary>
    public void Flush()
    {
        Out.Flush();
        Error.Flush();
    }

    /// <summary>Resolves a path as the user typed it against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    private static bool IsProgressTerminal(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error)
        && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("TERM") is { Length: > 0 } term
        && term != "dumb";

    private static bool IsColourTerminal(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") is { Length: > 0 } term
        && term != "dumb";
}
