using System.CommandLine;
using CareLedger.Data.Audit;
using CareLedger.Data.Migrations;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger audit verify [--db PATH | --postgres CONNSTR]</c>: re-computes the audit trail's hash chain from the
/// first entry and names the first entry that does not check out. Exit 0 when the trail is intact, 1 when it is not.
/// </summary>
internal sealed class AuditCommand : ICliCommand
{
    public Command Create(CliConsole console)
    {
        var ledger = new LedgerOptions();
        var verify = new Command("verify", "Check that no audit entry has been altered, removed or reordered; name the first that has.");
        foreach (var option in ledger.All)
        {
            verify.Options.Add(option);
        }

        verify.SetAction(parse =>
        {
            var choice = ledger.Bind(parse);
            if (choice.Problem is { } problem)
            {
                console.WriteProblem(problem);
                return ExitCodes.Usage;
            }

            return LedgerFailures.Guard(console, () =>
            {
                var database = choice.Open(console, mustExist: true);
                var status = new MigrationRunner(database).StatusAsync().GetAwaiter().GetResult();
                if (status.Applied.Count == 0)
                {
                    console.WriteProblem($"{database} holds no CareLedger records (run 'careledger db migrate' to create them).");
                    return ExitCodes.Usage;
                }

                var result = new AuditVerifier(database).VerifyAsync().GetAwaiter().GetResult();
                if (result.Intact)
                {
                    console.Out.WriteLine($"{database}: the audit trail is intact ({result.EntriesChecked:N0} entries checked).");
                    return ExitCodes.Ok;
                }

                console.Out.WriteLine($"{database}: the audit trail does not check out at entry {result.FirstBadSequence}: {result.Problem}.");
                console.Out.WriteLine($"Entries 1 to {result.EntriesChecked:N0} check out. Restore the database from a backup taken before the change, and find out who had direct access to it.");
                return ExitCodes.Findings;
            });
        });
        var command = new Command("audit", "The audit trail: 'audit verify' checks that it has not been tampered with.");
        command.Subcommands.Add(verify);
        return command;
    }
}
