using System.CommandLine;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// <c>careledger activity import|cost|report|baseline|actuals</c>: patient-level activity in a workspace — import and
/// cost it, view spend, and build a contract's baseline and activity actuals from it.
/// </summary>
internal sealed class ActivityCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var command = new Command("activity", "Patient-level activity: import HES or generic extracts, cost them, view spend, build a contract's baseline and actuals.");
        ICliCommand[] subcommands = [new ActivityImportCommand(), new ActivityCostCommand(), new ActivityReportCommand(), new ActivityBaselineCommand(), new ActivityActualsCommand()];
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand.Create(console));
        }

        return command;
    }
}
