using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Cli;

/// <summary>
/// The <c>careledger</c> program: parses the command line, runs one command, returns an exit code
/// (<see cref="ExitCodes"/>). Program.cs calls it with the real console; tests call it in-process with string writers.
/// </summary>
public static class CliApplication
{
    public const string Name = "careledger";

    // Response files are off: '@FILE' would read any file the user can read and echo its first line in an error
    // ('careledger @/etc/shadow'), and a contract named '@c.yaml' could not be opened. Every argument is what it says.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, CliConsole.For(stdout, stderr));

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            return RunCommand(args, console);
        }
        finally
        {
            console.Flush();
        }
    }

    private static int RunCommand(string[] args, CliConsole console)
    {
        var root = CreateRoot(console);
        var parse = root.Parse(args, Parsing);

        // --help outranks parse errors in System.CommandLine, so 'careledger simulate --help' would print the general
        // help and exit 0, as if 'simulate' were fine. A command that does not exist is a mistake whatever follows it.
        if (parse.Action is ParseErrorAction || IsUnknownCommand(parse, root))
        {
            ReportUsageErrors(parse, root, console);
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
#pragma warning disable CA1031 // The one place every unexpected failure is caught, so the user sees a message and not a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // The innermost exception says what actually failed (a type initialiser only says that it threw).
            var cause = exception.GetBaseException();
            console.WriteProblem(
                $"internal error: {cause.GetType().Name}: {cause.Message} "
                + "This is a fault in CareLedger, not in your input. Please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    // A plain Command rather than RootCommand, so that help and messages say "careledger" whatever the host
    // process is called (the dotnet launcher, a test host).
    private static Command CreateRoot(CliConsole console)
    {
        var root = new Command(
            Name,
            "CareLedger: integrated-care contracts as code. Check a contract, compute its budget, settle the year.\n"
            + "Exit codes: 0 ok; 1 errors found in the input; 2 usage or file problem; 3 internal error.")
        {
            new HelpOption(),
            new VersionOption(),
        };

        foreach (var command in CommandCatalog.Create())
        {
            root.Add(command.Create(console));
        }

        root.SetAction(_ =>
        {
            console.WriteProblem(
                $"no command given. Say what to do, e.g. '{Name} validate contract.yaml'. "
                + $"Commands: {string.Join(", ", root.Subcommands.Select(command => command.Name))}. "
                + $"Run '{Name} --help' for details.");
            return ExitCodes.Usage;
        });
        return root;
    }

    private static bool IsUnknownCommand(ParseResult parse, Command root) =>
        ReferenceEquals(parse.CommandResult.Command, root) && parse.UnmatchedTokens.Count > 0;

    private static void ReportUsageErrors(ParseResult parse, Command root, CliConsole console)
    {
        var command = parse.CommandResult.Command;
        foreach (var error in parse.Errors)
        {
            console.WriteProblem(error.Message);
        }

        if (ReferenceEquals(command, root) && parse.UnmatchedTokens.Count > 0)
        {
            // With --help the parser reports nothing itself, so the unknown command is named here.
            if (parse.Errors.Count == 0)
            {
                console.WriteProblem($"'{parse.UnmatchedTokens[0]}' is not a {Name} command.");
            }

            var commands = root.Subcommands.Select(subcommand => subcommand.Name).ToArray();
            var suggestion = NameSuggester.Suggest(parse.UnmatchedTokens[0], commands);
            if (suggestion is not null)
            {
                console.WriteProblem($"did you mean '{Name} {suggestion}'?");
            }

            console.WriteProblem($"the commands are: {string.Join(", ", commands)}.");
        }

        var path = ReferenceEquals(command, root) ? Name : $"{Name} {command.Name}";
        console.WriteProblem($"run '{path} --help' to see how to use it.");
    }
}
