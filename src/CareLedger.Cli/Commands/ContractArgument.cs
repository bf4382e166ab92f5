using System.CommandLine;

namespace CareLedger.Cli.Commands;

/// <summary>
/// The contract file every command that reads one takes first, declared once so that it has one name, CONTRACT, in
/// every command's usage line and help.
/// </summary>
internal static class ContractArgument
{
    public static Argument<string> Create(string description = "The contract file (YAML).") =>
        new("CONTRACT") { Description = description };
}
