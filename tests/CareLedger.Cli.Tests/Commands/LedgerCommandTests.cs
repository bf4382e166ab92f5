using CareLedger.Application;
using CareLedger.Cli.Tests.Support;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Specs.Templates;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Cli.Tests.Commands;

/// <summary><c>careledger db migrate|status</c> and <c>careledger audit verify</c>, on SQLite and PostgreSQL.</summary>
public sealed class LedgerCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Migrate_creates_the_ledger_status_reports_it_and_migrate_again_changes_nothing()
    {
        var before = _cli.Run("db", "status", "--db", "ledger.db");
        var migrated = _cli.Run("db", "migrate", "--db", "ledger.db");
        var again = _cli.Run("db", "migrate", "--db", "ledger.db");
        var status = _cli.Run("db", "status", "--db", "ledger.db");

        Assert.Equal(ExitCodes.Usage, before.ExitCode);
        Assert.Contains("there is no ledger at", before.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, migrated.ExitCode);
        Assert.Contains("applied 0001_ledger", migrated.Out, StringComparison.Ordinal);
        Assert.Contains("the schema is up to date", again.Out, StringComparison.Ordinal);
        Assert.Contains("applied  0001_ledger", status.Out, StringComparison.Ordinal);
        Assert.Contains("Up to date.", status.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Audit_verify_passes_an_intact_trail_and_names_the_first_edited_entry(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var versions = new ContractVersions(test.Database, new AuditTrail());
        foreach (var name in new[] { "mid-notts-alliance", "bedfordshire-msk-prime", "lambeth-alliance" })
        {
            await versions.UploadAsync(Actor.User("finance@example.nhs.uk"), new SourceText(name + ".yaml", TemplateCatalog.Find(name)!.Yaml));
        }

        string[] target = provider == DatabaseProvider.Sqlite ? ["--db", test.Database.Description] : ["--postgres", test.Database.ConnectionString];
        var intact = _cli.Run(["audit", "verify", .. target]);
        await using (var transaction = await test.Database.BeginAsync())
        {
            await transaction.ExecuteAsync(provider == DatabaseProvider.Sqlite ? "DROP TRIGGER audit_entries_append_only_update" : "DROP TRIGGER audit_entries_append_only ON audit_entries");
            await transaction.ExecuteAsync("UPDATE audit_entries SET actor = 'user:someone-else@example.nhs.uk' WHERE sequence = 2");
            await transaction.CommitAsync();
        }

        var tampered = _cli.Run(["audit", "verify", .. target]);

        Assert.Equal(ExitCodes.Ok, intact.ExitCode);
        Assert.Contains("the audit trail is intact (3 entries checked)", intact.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Findings, tampered.ExitCode);
        Assert.Contains("does not check out at entry 2", tampered.Out, StringComparison.Ordinal);
        Assert.Contains("has been altered", tampered.Out, StringComparison.Ordinal);
        Assert.Contains("Entries 1 to 1 check out", tampered.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_that_cannot_be_reached_or_a_malformed_connection_string_is_one_clear_line_and_exit_2()
    {
        var unreachable = _cli.Run("audit", "verify", "--postgres", "Host=127.0.0.1;Port=1;Username=x;Timeout=2");
        var malformed = _cli.Run("db", "migrate", "--postgres", "not a connection string");
        var both = _cli.Run("db", "migrate", "--db", "a.db", "--postgres", "Host=x");

        Assert.Equal(ExitCodes.Usage, unreachable.ExitCode);
        Assert.StartsWith("careledger: the database could not be used:", unreachable.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, malformed.ExitCode);
        Assert.StartsWith("careledger: the PostgreSQL connection string is not valid", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, both.ExitCode);
        Assert.Contains("either --db or --postgres", both.Error, StringComparison.Ordinal);
    }
}
