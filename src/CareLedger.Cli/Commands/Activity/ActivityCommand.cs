using System.CommandLine;

namespace CareLedger.Cli.Commands.Activity;

/// <summary>
/// <c>careledger activity import|cost|report|baseline|actuals|risk</c>: patient-level activity in a workspace — import and
/// cost it, view spend, build a contract's baseline and activity actuals from it, and stratify its patients by risk.
/// </summary>
internal sealed class ActivityCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var command = new Command("activity", "Patient-level activity: import HES or generic extracts, cost them, view spend, build a contract's baseline and actuals, stratify patients by risk.");
        ICliCommand[] subcommands = [new ActivityImportCommand(), new ActivityCostCommand(), new ActivityReportCommand(), new ActivityBaselineCommand(), new ActivityActualsCommand(), new ActivityRiskCommand()];
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand.Create(console));
        }

        return command;
    }
}
