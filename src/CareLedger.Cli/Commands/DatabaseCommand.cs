using System.CommandLine;
using CareLedger.Data.Migrations;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger db migrate|status [--db PATH | --postgres CONNSTR]</c>: brings the system of record's schema up to
/// date (the server also does this when it starts), or says which migrations are applied and which are pending.
/// </summary>
internal sealed class DatabaseCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var command = new Command("db", "Manage the system of record's database: 'db migrate' applies the schema history, 'db status' shows it.");
        command.Subcommands.Add(Subcommand(console, "migrate", "Apply every migration not yet applied; each runs in a transaction, so one that fails changes nothing.", Migrate, mustExist: false));
        command.Subcommands.Add(Subcommand(console, "status", "List the migrations applied to the database and those still to apply.", Status, mustExist: true));
        return command;
    }

    private static Command Subcommand(CliConsole console, string name, string description, Func<Data.Storage.LedgerDatabase, CliConsole, int> run, bool mustExist)
    {
        var ledger = new LedgerOptions();
        var command = new Command(name, description);
        foreach (var option in ledger.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var choice = ledger.Bind(parse);
            if (choice.Problem is { } problem)
            {
                console.WriteProblem(problem);
                return ExitCodes.Usage;
            }

            return LedgerFailures.Guard(console, () => run(choice.Open(console, mustExist), console));
        });
        return command;
    }

    private static int Migrate(Data.Storage.LedgerDatabase database, CliConsole console)
    {
        var applied = new MigrationRunner(database).MigrateAsync().GetAwaiter().GetResult();
        console.Out.WriteLine(applied.Count == 0
            ? $"{database}: the schema is up to date."
            : $"{database}: applied {string.Join(", ", applied)}.");
        return ExitCodes.Ok;
    }

    private static int Status(Data.Storage.LedgerDatabase database, CliConsole console)
    {
        var status = new MigrationRunner(database).StatusAsync().GetAwaiter().GetResult();
        console.Out.WriteLine($"{database}");
        foreach (var applied in status.Applied)
        {
            console.Out.WriteLine($"  applied  {applied}");
        }

        foreach (var pending in status.Pending)
        {
            console.Out.WriteLine($"  pending  {pending}");
        }

        console.Out.WriteLine(status.Pending.Count == 0 ? "Up to date." : $"{status.Pending.Count} to apply: run 'careledger db migrate'.");
        return ExitCodes.Ok;
    }
}
