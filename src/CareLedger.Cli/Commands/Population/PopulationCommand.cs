using System.CommandLine;

namespace CareLedger.Cli.Commands.Population;

/// <summary>
/// <c>careledger population capitation|contract|risk|synthetic</c>: weighted capitation for a place drawn from NHS
/// England's practice weighted-population file — its populations, need index and fair share of a budget, and a
/// contract's population section — and the risk model on a seeded synthetic population, which can also be written out
/// as linked activity to import.
/// </summary>
internal sealed class PopulationCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var command = new Command("population", "Weighted capitation for a place: populations, need index, fair share of an ICB budget, a contract's population section.");
        ICliCommand[] subcommands = [new PopulationCapitationCommand(), new PopulationContractCommand(), new PopulationRiskCommand(), new PopulationSyntheticCommand()];
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand.Create(console));
        }

        return command;
    }
}
