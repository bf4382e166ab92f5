using System.CommandLine;

namespace CareLedger.Cli.Commands;

/// <summary>One <c>careledger</c> command, registered in <see cref="CommandCatalog"/>.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command, wired to write to <paramref name="console"/>.</summary>
    Command Create(CliConsole console);
}
