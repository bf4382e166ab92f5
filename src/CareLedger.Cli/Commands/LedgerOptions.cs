using System.CommandLine;
using CareLedger.Data.Storage;

namespace CareLedger.Cli.Commands;

/// <summary>
/// Where a command finds the ledger: <c>--db PATH</c> (a SQLite file; by default <c>careledger.db</c> in the data
/// folder, <see cref="DataFolder"/>) or <c>--postgres CONNSTR</c>. Shared by every command that reads or writes
/// stored records.
/// </summary>
internal sealed class LedgerOptions
{
    public Option<string?> Sqlite { get; } = new("--db")
    {
        Description = $"The SQLite ledger file (default: ${DataFolder.Variable}/{DataFolder.LedgerFileName}, or ~/.local/share/careledger/{DataFolder.LedgerFileName}).",
        HelpName = "PATH",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "A PostgreSQL connection string, instead of a SQLite file (e.g. 'Host=localhost;Database=careledger;Username=careledger').",
        HelpName = "CONNSTR",
    };

    public LedgerChoice Bind(ParseResult parse) => new(parse.GetValue(Sqlite), parse.GetValue(Postgres));
}
