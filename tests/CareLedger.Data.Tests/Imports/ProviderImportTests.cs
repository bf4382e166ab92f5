using System.Text;
using CareLedger.Data.Audit;
using CareLedger.Data.Imports;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests.Imports;

/// <summary>
/// Provider finance imports its own activity and costs only: a row of another provider, or of a section the
/// commissioner gives (indicator results, risk/reward spend), is CL811 at the row and nothing is written; nor may a
/// provider replace an import that holds other providers' rows.
/// </summary>
public sealed class ProviderImportTests
{
    private static readonly Actor Commissioner = Actor.User("commissioner@example.nhs.uk");
    private static readonly Actor Provider = Actor.User("finance@sherwood-forest.example.nhs.uk");
    private static readonly HashSet<string> SherwoodForest = new(["sherwood-forest"], StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_provider_imports_its_own_activity(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);

        var imported = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, [OwnActivity()], OnlyFor: SherwoodForest), Provider);

        Assert.True(imported.Succeeded, string.Join('\n', imported.Diagnostics));
        Assert.Equal(12, imported.Value!.Files[0].Import.RowCount);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_providers_rows_and_the_commissioners_sections_are_refused_at_the_row_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var before = await SchemaDump.TakeAsync(test.Database);

        // The template's activity table has 48 rows, 12 for each of four providers: the 36 not Sherwood Forest's are
        // refused. Its indicators table is the commissioner's, every row of it.
        var refused = await ImportFiles.Service(ledger).ImportAsync(
            new ImportRequest(contractId, [ImportFiles.CsvTable("activity"), ImportFiles.CsvTable("indicators")], OnlyFor: SherwoodForest), Provider);

        Assert.False(refused.Succeeded);
        var foreign = refused.Diagnostics.Where(diagnostic => diagnostic.Code == ForeignRows.Code).ToArray();
        Assert.Equal(36, foreign.Count(diagnostic => diagnostic.Location.File == "activity.csv"));
        var nuh = foreign.First(diagnostic => diagnostic.Location.File == "activity.csv");
        Assert.Equal(3, nuh.Location.Line); // the header is line 1, Sherwood Forest's first row line 2, NUH's line 3
        Assert.Contains("'nuh' is not your organisation (you import for sherwood-forest)", nuh.Message, StringComparison.Ordinal);
        var indicator = foreign.First(diagnostic => diagnostic.Location.File == "indicators.csv");
        Assert.Contains("indicator results are imported by the commissioner's finance team", indicator.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_provider_cannot_replace_an_import_holding_other_providers_rows(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var everyone = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, [ImportFiles.CsvTable("activity")]), Commissioner);
        Assert.True(everyone.Succeeded, string.Join('\n', everyone.Diagnostics));
        var before = await SchemaDump.TakeAsync(test.Database);

        var replacing = await ImportFiles.Service(ledger).ImportAsync(
            new ImportRequest(contractId, [OwnActivity()], Replaces: everyone.Value!.Files[0].Import.Id, OnlyFor: SherwoodForest), Provider);

        Assert.False(replacing.Succeeded);
        Assert.Contains(replacing.Diagnostics, diagnostic => diagnostic.Code == ForeignRows.Code && diagnostic.Message.Contains("so you cannot replace it", StringComparison.Ordinal));
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }

    /// <summary>The template's activity table cut to Sherwood Forest's twelve months.</summary>
    private static ImportFile OwnActivity()
    {
        var lines = Encoding.UTF8.GetString(ImportFiles.CsvTable("activity").Content.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var own = lines.Skip(1).Where(line => line.Split(',')[1] == "sherwood-forest");
        return ImportFiles.Text("sherwood-forest-activity.csv", string.Join('\n', [lines[0], .. own]) + "\n");
    }
}
