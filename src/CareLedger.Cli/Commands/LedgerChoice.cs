using CareLedger.Data.Storage;

namespace CareLedger.Cli.Commands;

/// <summary>The ledger a command was pointed at: a SQLite file, a PostgreSQL connection string, or neither (the default file).</summary>
internal sealed record LedgerChoice(string? SqlitePath, string? PostgresConnection)
{
    public SettingsCheck Check() => this switch
    {
        { SqlitePath: not null, PostgresConnection: not null } => SettingsCheck.Fail("--db and --postgres both name a ledger; give one."),
        { SqlitePath: { } path } when string.IsNullOrWhiteSpace(path) => SettingsCheck.Fail("--db needs the path of a ledger file, e.g. '--db careledger.db'."),
        { PostgresConnection: { } connection } when string.IsNullOrWhiteSpace(connection) => SettingsCheck.Fail("--postgres needs a connection string, e.g. 'Host=localhost;Database=careledger;Username=careledger'."),
        _ => SettingsCheck.Ok,
    };

    /// <summary>The database; null (with the problem printed) when the connection string does not read.</summary>
    public LedgerDatabase? Open(CliConsole console)
    {
        if (PostgresConnection is { } connection)
        {
            try
            {
                return LedgerDatabase.PostgreSql(connection);
            }
            catch (ArgumentException exception)
            {
                console.WriteProblem($"--postgres: the connection string does not read ({exception.Message}); write it as 'Host=HOST;Database=NAME;Username=USER'.");
                return null;
            }
        }

        return LedgerDatabase.Sqlite(SqlitePath is { } path ? console.Resolve(path) : DataFolder.LedgerFile);
    }
}
