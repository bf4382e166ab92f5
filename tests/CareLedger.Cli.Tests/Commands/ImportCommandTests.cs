using CareLedger.Application;
using CareLedger.Cli.Tests.Support;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Migrations;
using CareLedger.Data.Storage;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Tests.Commands;

/// <summary><c>careledger import</c> on a SQLite ledger holding the Mid-Nottinghamshire contract.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Template = "mid-notts-alliance";
    private readonly CliRunner _cli = new();
    private readonly string _ledger;
    private readonly string _contractId;

    public ImportCommandTests()
    {
        _ledger = Path.Combine(_cli.Directory.Path, "ledger.db");
        var database = LedgerDatabase.Sqlite(_ledger);
        new MigrationRunner(database).MigrateAsync().GetAwaiter().GetResult();
        var upload = new ContractVersions(database, new AuditTrail())
            .UploadAsync(Actor.System("test"), new SourceText(Template + ".yaml", TemplateCatalog.Find(Template)!.Yaml))
            .GetAwaiter().GetResult();
        _contractId = upload.Version!.ContractId;
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", Template, "--actuals", "--format", "csv").ExitCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    [Fact]
    public void Tables_are_imported_and_each_printed_with_its_id_and_rows()
    {
        var result = _cli.Run("import", _contractId, Table("activity"), Table("indicators"), "--db", "ledger.db");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains($"{Table("activity")}: imported as {_contractId}#1 (csv, ", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{Table("indicators")}: imported as {_contractId}#2 (csv, ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_file_again_is_reported_as_already_imported_and_exits_0()
    {
        _cli.Run("import", _contractId, Table("activity"), "--db", "ledger.db");

        var again = _cli.Run("import", _contractId, Table("activity"), "--db", "ledger.db");

        Assert.True(again.ExitCode == ExitCodes.Ok, again.ToString());
        Assert.Contains($"already imported as {_contractId}#1", again.Out, StringComparison.Ordinal);
        Assert.Equal(1, ImportCount());
    }

    [Fact]
    public void A_file_with_errors_exits_1_naming_file_row_and_column_and_imports_nothing()
    {
        File.WriteAllText(Path.Combine(_cli.Directory.Path, "bad.csv"), "period,provider,service_line,planned,actual\n2016/17-M01,sherwood-forest,elective,10,-3\n");

        var result = _cli.Run("import", _contractId, Table("indicators"), "bad.csv", "--db", "ledger.db");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("bad.csv:2:5: error CL806:", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, ImportCount());
    }

    [Fact]
    public void A_replacement_names_the_import_it_replaces()
    {
        _cli.Run("import", _contractId, Table("activity"), "--db", "ledger.db");
        var corrected = Path.Combine(_cli.Directory.Path, "activity-corrected.csv");
        File.WriteAllText(corrected, File.ReadAllText(Path.Combine(_cli.Directory.Path, Table("activity"))) + "\n");

        var result = _cli.Run("import", _contractId, "activity-corrected.csv", "--replace", "1", "--db", "ledger.db");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains($"{_contractId}#1 ({Table("activity")}) is replaced", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-contract", "--db", "ledger.db")]
    [InlineData(null, "--db", "ledger.db", "--postgres", "Host=localhost")]
    [InlineData(null, "--db", "ledger.db", "--replace", "9")]
    public void Usage_problems_exit_2_and_import_nothing(string? contract, params string[] options)
    {
        var result = _cli.Run(["import", contract ?? _contractId, Table("activity"), .. options]);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.StartsWith("careledger: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, ImportCount());
    }

    private static string Table(string section) => Path.Combine(Template + ".actuals", section + ".csv");

    private long ImportCount() => CountAsync().GetAwaiter().GetResult();

    private async Task<long> CountAsync()
    {
        await using var transaction = await LedgerDatabase.Sqlite(_ledger).BeginAsync();
        return await transaction.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM actuals_imports");
    }
}
