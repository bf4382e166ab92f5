using CareLedger.Data.Audit;
using CareLedger.Data.Imports;
using CareLedger.Data.Storage;
using CareLedger.Specs.Diagnostics;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests.Imports;

/// <summary>Imports are checked completely before anything is written, all or nothing, and a file is never counted twice.</summary>
public sealed class ActualsImportsTests
{
    private static readonly Actor Finance = Actor.User("finance@example.nhs.uk");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_yaml_file_is_recorded_with_its_bytes_its_rows_and_an_audit_entry(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var file = ImportFiles.Yaml();

        var result = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, [file]), Finance);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var import = Assert.Single(result.Value!.Files);
        Assert.False(import.AlreadyImported);
        Assert.Equal(contractId + "#1", import.Import.Id);
        Assert.Equal("yaml", import.Import.Format);
        Assert.Equal(Fingerprint.Of(file.Content.Span), import.Import.Fingerprint);
        Assert.Equal(ImportFiles.RowsIn(file), import.Import.RowCount);
        var entries = await new AuditTrail().ReadAsync(test.Database, 0, 10);
        var entry = Assert.Single(entries, entry => entry.Action.StartsWith("actuals.", StringComparison.Ordinal));
        Assert.Equal(("actuals.imported", import.Import.Id, Finance.Name), (entry.Action, entry.EntityId, entry.Actor));
        Assert.True((await new AuditVerifier(test.Database).VerifyAsync()).Intact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Csv_tables_are_imported_together_each_as_its_own_record(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var tables = ImportFiles.CsvTables();

        var result = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, tables), Finance);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(tables.Select(table => table.Name), result.Value!.Files.Select(file => file.Import.FileName));
        Assert.All(result.Value.Files, file => Assert.Equal("csv", file.Import.Format));
        Assert.Equal(Enumerable.Range(1, tables.Count).Select(number => (long)number), result.Value.Files.Select(file => file.Import.Sequence));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_file_imported_again_is_recognised_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var imports = ImportFiles.Service(ledger);
        var first = await imports.ImportAsync(new ImportRequest(contractId, [ImportFiles.Yaml()]), Finance);
        var before = await SchemaDump.TakeAsync(test.Database);

        var again = await imports.ImportAsync(new ImportRequest(contractId, [ImportFiles.Yaml()]), Finance);

        Assert.True(again.Succeeded);
        Assert.True(again.Value!.NothingNew);
        Assert.Equal(first.Value!.Files[0].Import, again.Value.Files[0].Import);
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rejected_import_returns_every_problem_located_and_changes_nothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var before = await SchemaDump.TakeAsync(test.Database);
        var broken = ImportFiles.Text("activity.csv", "period,provider,service_line,planned,actual\n2016/17-M01,sherwood-forrest,elective,10,12\n2016/17-M02,sherwood-forest,elective,10,-3\n");
        var good = ImportFiles.CsvTable("indicators");

        var result = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, [good, broken]), Finance);

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(finding => finding.IsError).ToArray();
        Assert.Contains(errors, error => error.Code == DiagnosticCodes.UndefinedReference && error.Location is { File: "activity.csv", Line: 2, Column: 2 });
        Assert.Contains(errors, error => error.Code == DiagnosticCodes.NegativeActual && error.Location is { File: "activity.csv", Line: 3, Column: 5 });
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_row_already_imported_in_an_earlier_file_is_a_duplicate(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var imports = ImportFiles.Service(ledger);
        Assert.True((await imports.ImportAsync(new ImportRequest(contractId, [ImportFiles.Yaml()]), Finance)).Succeeded);
        var before = await SchemaDump.TakeAsync(test.Database);

        var result = await imports.ImportAsync(new ImportRequest(contractId, [ImportFiles.CsvTable("activity")]), Finance);

        Assert.False(result.Succeeded);
        var duplicate = result.Diagnostics.First(finding => finding.Code == DiagnosticCodes.Duplicate);
        Assert.Equal("activity.csv", duplicate.Location.File);
        Assert.Contains(ImportFiles.Template + ".actuals.yaml:", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_replacement_keeps_the_earlier_import_and_only_the_new_one_counts(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var imports = ImportFiles.Service(ledger);
        var first = (await imports.ImportAsync(new ImportRequest(contractId, [ImportFiles.CsvTable("activity")]), Finance)).Value!.Files[0].Import;
        var corrected = ImportFiles.Edited(ImportFiles.CsvTable("activity"), text => text.Replace("\n", "\n\n", StringComparison.Ordinal));

        var result = await imports.ImportAsync(new ImportRequest(contractId, [corrected], Replaces: "1"), Finance);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(first, result.Value!.Replaced);
        Assert.Equal(first.Id, result.Value.Files[0].Import.Replaces);
        Assert.Contains("actuals_imports: 2 rows", await SchemaDump.TakeAsync(test.Database), StringComparison.Ordinal);
        var again = await imports.ImportAsync(new ImportRequest(contractId, [corrected], Replaces: first.Id), Finance);
        Assert.Equal("replace", again.Problem?.Field);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Actuals_for_a_contract_not_in_the_ledger_are_refused(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);

        var result = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest("no-such-contract", [ImportFiles.Yaml()]), Finance);

        Assert.Equal("contract", result.Problem?.Field);
        Assert.Contains("no-such-contract", result.Problem!.Message, StringComparison.Ordinal);
    }
}
