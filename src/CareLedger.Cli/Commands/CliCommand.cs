using System.CommandLine;

namespace CareLedger.Cli.Commands;

/// <summary>
/// A command with typed settings, in the manner of Spectre.Console.Cli: declare the arguments and options, bind them
/// to a settings record, check the settings, execute. Execute parses nothing and decides nothing about contracts: it
/// calls one application service and maps the result to output and an exit code (see <see cref="ExitCodes"/>).
/// </summary>
internal abstract class CliCommand<TSettings> : ICliCommand
    where TSettings : notnull
{
    public Command Create(CliConsole console)
    {
        var command = Declare();
        command.SetAction(parse =>
        {
            var settings = Bind(parse);
            var check = Check(settings);
            if (!check.IsOk)
            {
                console.WriteProblem(check.Problem!);
                return ExitCodes.Usage;
            }

            return Execute(settings, console);
        });
        return command;
    }

    /// <summary>The command's name, description, arguments and options.</summary>
    protected abstract Command Declare();

    /// <summary>Reads the parsed command line into settings. System.CommandLine has already enforced arity.</summary>
    protected abstract TSettings Bind(ParseResult parse);

    /// <summary>Usage rules the parser cannot express. Problems found here exit with <see cref="ExitCodes.Usage"/>.</summary>
    protected virtual SettingsCheck Check(TSettings settings) => SettingsCheck.Ok;

    /// <summary>Runs the command and returns its exit code.</summary>
    protected abstract int Execute(TSettings settings, CliConsole console);
}
