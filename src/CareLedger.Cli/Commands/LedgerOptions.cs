using System.CommandLine;
using CareLedger.Data.Storage;

namespace CareLedger.Cli.Commands;

/// <summary>
/// The shared <c>--db PATH</c> / <c>--postgres CONNSTR</c> options of every command that works on the system of
/// record. Neither given: the SQLite ledger in the data folder (<c>$CARELEDGER_DATA</c>, else
/// <c>~/.local/share/careledger/</c>). A PostgreSQL connection string may come from <c>$CARELEDGER_POSTGRES</c>
/// instead, so its password need not appear in the process list.
/// </summary>
internal sealed class LedgerOptions
{
    public const string PostgresVariable = "CARELEDGER_POSTGRES";

    public Option<string?> Sqlite { get; } = new("--db")
    {
        Description = $"The SQLite ledger file (default: {DataFolder.LedgerFileName} in the data folder, ${DataFolder.Variable} or ~/.local/share/careledger).",
        HelpName = "PATH",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"Keep the records in PostgreSQL: an Npgsql connection string (or set ${PostgresVariable}).",
        HelpName = "CONNSTR",
    };

    public IEnumerable<Option> All => [Sqlite, Postgres];

    public LedgerChoice Bind(ParseResult parse) =>
        new(parse.GetValue(Sqlite), parse.GetValue(Postgres) ?? Environment.GetEnvironmentVariable(PostgresVariable));
}

/// <summary>The database a command was pointed at, before it is opened.</summary>
internal sealed record LedgerChoice(string? SqlitePath, string? PostgresConnection)
{
    /// <summary>A usage problem (both given, or an empty value), or null.</summary>
    public string? Problem =>
        SqlitePath is not null && PostgresConnection is not null ? "give either --db or --postgres, not both."
        : SqlitePath is { Length: 0 } ? "--db needs a file path."
        : PostgresConnection is { Length: 0 } ? "--postgres needs a connection string."
        : null;

    /// <summary>
    /// The database chosen. With <paramref name="mustExist"/> (commands that only read or check), a SQLite file that
    /// is not there is an error when opened rather than an empty file left behind.
    /// </summary>
    public LedgerDatabase Open(CliConsole console, bool mustExist = false)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (PostgresConnection is { } connection)
        {
            return LedgerDatabase.PostgreSql(connection);
        }

        var path = console.Resolve(SqlitePath ?? DataFolder.LedgerFile);
        if (mustExist && !File.Exists(path))
        {
            throw new FileNotFoundException($"there is no ledger at {path}; 'careledger db migrate{(SqlitePath is null ? string.Empty : " --db " + SqlitePath)}' creates one.", path);
        }

        return LedgerDatabase.Sqlite(path, mustExist);
    }
}
