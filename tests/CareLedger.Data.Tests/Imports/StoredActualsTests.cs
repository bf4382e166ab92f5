using CareLedger.Data.Audit;
using CareLedger.Data.Imports;
using CareLedger.Data.Storage;
using CareLedger.Specs;
using CareLedger.Specs.Templates;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests.Imports;

/// <summary>Settlement reads the imports in force, with every row still citing the file, row and column it came from.</summary>
public sealed class StoredActualsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stored_actuals_cite_their_file_and_row_and_change_fingerprint_with_a_new_import(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var contract = ContractLoader.Load(TemplateCatalog.Find(ImportFiles.Template)!.Yaml, "contract.yaml").Contract!;
        var imports = ImportFiles.Service(ledger);
        await imports.ImportAsync(new ImportRequest(contractId, [ImportFiles.CsvTable("activity")]), Actor.System("test"));

        var first = await LoadAsync(test.Database, contract, contractId);
        await imports.ImportAsync(new ImportRequest(contractId, [ImportFiles.CsvTable("indicators")]), Actor.System("test"));
        var second = await LoadAsync(test.Database, contract, contractId);

        var row = first.Actuals.Activity[0];
        Assert.Equal(("activity.csv", 2), (row.Source!.File, row.Source.Line));
        Assert.Equal(["activity.csv"], first.Files.Select(file => file.Name));
        Assert.Empty(first.Actuals.Indicators);
        Assert.NotEmpty(second.Actuals.Indicators);
        Assert.Equal(first.Actuals.Activity.Count, second.Actuals.Activity.Count);
        Assert.NotEqual(first.Fingerprint, second.Fingerprint);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_workbook_is_imported_as_xlsx_and_its_rows_cite_sheet_row_and_column(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var contract = ContractLoader.Load(TemplateCatalog.Find(ImportFiles.Template)!.Yaml, "contract.yaml").Contract!;
        var workbook = new Application.Templates.TemplateService().RenderActualsWorkbook(ImportFiles.Template).Value!;

        var result = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, [new ImportFile("actuals.xlsx", workbook)]), Actor.System("test"));
        var snapshot = await LoadAsync(test.Database, contract, contractId);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("xlsx", result.Value!.Files[0].Import.Format);
        Assert.Equal(ImportFiles.RowsIn(ImportFiles.Yaml()), result.Value.Files[0].Import.RowCount);
        Assert.Equal(("actuals.xlsx[activity]", 2), (snapshot.Actuals.Activity[0].Source!.File, snapshot.Actuals.Activity[0].Source!.Line));
    }

    private static async Task<ActualsSnapshot> LoadAsync(LedgerDatabase database, Domain.Contracts.Contract contract, string contractId)
    {
        await using var transaction = await database.BeginAsync();
        var loaded = await new StoredActuals().LoadAsync(transaction, contract, contractId, CancellationToken.None);
        return loaded.Value ?? throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
    }
}
