using System.CommandLine;
using CareLedger.Data.Storage;

namespace CareLedger.Cli.Commands;

/// <summary>
/// <c>--db PATH | --postgres CONNSTR</c>, shared by the commands that use the ledger database. Without either, the
/// SQLite file in the data folder (<c>$CARELEDGER_DATA</c>, or <c>~/.local/share/careledger/</c>). The PostgreSQL
/// connection string may instead be given in <c>CARELEDGER_POSTGRES</c>, which keeps its password out of the
/// process list.
/// </summary>
internal sealed class DatabaseOptions
{
    public const string PostgresVariable = "CARELEDGER_POSTGRES";

    public Option<string?> Db { get; } = new("--db")
    {
        Description = $"The SQLite ledger file (default: {DataFolder.LedgerFileName} in $CARELEDGER_DATA or ~/.local/share/careledger/).",
        HelpName = "PATH",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"A PostgreSQL connection string (Host=…;Database=…;Username=…), instead of SQLite. Or set {PostgresVariable}.",
        HelpName = "CONNSTR",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Db);
        command.Add(Postgres);
    }

    /// <summary>The database the options name, or a usage problem.</summary>
    public (LedgerDatabase? Database, string? Problem) Read(ParseResult parse, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        var db = parse.GetValue(Db);
        var postgresOption = parse.GetValue(Postgres);
        if (db is not null && postgresOption is not null)
        {
            return (null, "give --db or --postgres, not both.");
        }

        var postgres = postgresOption ?? (db is null ? Environment.GetEnvironmentVariable(PostgresVariable) : null);
        try
        {
            return postgres is { Length: > 0 }
                ? (LedgerDatabase.PostgreSql(postgres), null)
                : (LedgerDatabase.Sqlite(db is null ? DataFolder.LedgerFile : console.Resolve(db)), null);
        }
        catch (ArgumentException exception)
        {
            return (null, $"the PostgreSQL connection string is not valid: {exception.Message}");
        }
    }
}
