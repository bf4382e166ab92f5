using System.CommandLine;
using System.Security.Cryptography;
using CareLedger.Data.Accounts;
using CareLedger.Data.Audit;
using CareLedger.Data.Migrations;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>careledger admin create EMAIL NAME [--db|--postgres]</c>: the first administrator of a ledger (or another), in an
/// organisation <c>operators</c> created when missing. The password comes from <c>$CARELEDGER_ADMIN_PASSWORD</c>, or
/// is generated and printed once. Audited as the operator at the command line.
/// </summary>
internal sealed class AdminCommand : ICliCommand
{
    public const string PasswordVariable = "CARELEDGER_ADMIN_PASSWORD";

    private readonly LedgerOptions _ledger = new();
    private readonly Argument<string> _email = new("EMAIL") { Description = "The administrator's email address (their sign-in)." };
    private readonly Argument<string> _name = new("NAME") { Description = "Their name, as the audit trail and the API show it." };

    public Command Create(CliConsole console)
    {
        var create = new Command("create", $"Create an administrator (password from ${PasswordVariable}, or generated and printed once).") { _email, _name };
        foreach (var option in _ledger.All)
        {
            create.Add(option);
        }

        create.SetAction(parse => Run(parse, console));
        return new Command("admin", "Administrators of the server: they manage organisations, users and roles.") { create };
    }

    private int Run(ParseResult parse, CliConsole console)
    {
        var choice = _ledger.Bind(parse);
        if (choice.Problem is { } problem)
        {
            console.WriteProblem(problem);
            return ExitCodes.Usage;
        }

        return LedgerFailures.Guard(console, () => CreateAsync(choice.Open(console), parse.GetRequiredValue(_email), parse.GetRequiredValue(_name), console).GetAwaiter().GetResult());
    }

    private static async Task<int> CreateAsync(Data.Storage.LedgerDatabase database, string email, string name, CliConsole console)
    {
        await new MigrationRunner(database).MigrateAsync();
        var actor = Actor.CommandLine();
        var audit = new AuditTrail();
        var organisations = new Organisations(database, audit, TimeProvider.System);
        if (await organisations.GetAsync("operators") is null)
        {
            await organisations.CreateAsync(actor, "operators", "Operators of this CareLedger server");
        }

        var supplied = Environment.GetEnvironmentVariable(PasswordVariable);
        var password = supplied is { Length: > 0 } ? supplied : Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('/', '-').Replace('+', '_');
        var users = new Users(database, audit, new AccountPasswords(), TimeProvider.System);
        var created = await users.CreateAsync(actor, new NewUser(email, name, "operators", password, Administrator: true));
        if (created.Value is not { } user)
        {
            console.WriteProblem($"{created.Problem!.Field}: {created.Problem.Message}");
            return ExitCodes.Usage;
        }

        console.Out.WriteLine($"Administrator {user.Email} created in {database.Description}.");
        if (supplied is not { Length: > 0 })
        {
            console.Out.WriteLine($"Password (shown once; change it after signing in): {password}");
        }

        return ExitCodes.Ok;
    }
}
