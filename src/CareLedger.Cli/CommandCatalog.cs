using CareLedger.Cli.Commands;
using CareLedger.Cli.Commands.Activity;
using CareLedger.Cli.Commands.Population;

namespace CareLedger.Cli;

/// <summary>
/// THE place where commands are registered. Adding a command is one line here plus its class in <c>Commands/</c>.
/// The order is the order <c>careledger --help</c> lists them in.
/// </summary>
internal static class CommandCatalog
{
    /// <summary>Fresh command objects for one run: each holds its own argument and option definitions.</summary>
    public static IReadOnlyList<ICliCommand> Create() =>
    [
        new ValidateCommand(),
        new TemplatesCommand(),
        new InitCommand(),

        new BudgetCommand(),
        new DemoCommand(),
        new SettleCommand(),
        new ExplainCommand(),

        new ProjectCommand(),
        new SimulateCommand(),
        new ViabilityCommand(),
        new CompareCommand(),
        new IncentivesCommand(),

        new ActivityCommand(),
        new PopulationCommand(),

        new DatabaseCommand(),
        new ImportCommand(),
        new AuditCommand(),

        new ServeCommand(),
        new AdminCommand(),
    ];
}
