using CareLedger.Data.Audit;
using CareLedger.Data.Imports;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests.Imports;

/// <summary>A closed period's actuals are final: an import may not add to them, nor replace an import that holds them.</summary>
public sealed class LockedPeriodImportTests
{
    private static readonly Actor Finance = Actor.User("finance@example.nhs.uk");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_for_a_closed_period_are_refused_at_the_row_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(ImportFiles.Template);
        var first = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, [ImportFiles.Yaml()]), Finance);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        await ledger.Runs.SettleAsync(Finance, contractId, "2016/17");
        Assert.True((await ledger.Periods.CloseAsync(Finance, contractId, "2016/17", "Year end agreed")).Succeeded);
        var before = await SchemaDump.TakeAsync(test.Database);

        // A late row for a month of the closed year.
        var late = ImportFiles.Text("late.csv", "period,provider,service_line,planned,actual,unit_price\n2016/17-M03,nuh,urgent-care,10,12,1250.00\n");
        var refused = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, [late]), Finance);
        // Replacing the year's import would change the closed year's actuals too.
        var replacement = ImportFiles.Edited(ImportFiles.Yaml(), text => text + "\n# corrected\n");
        var replacing = await ImportFiles.Service(ledger).ImportAsync(new ImportRequest(contractId, [replacement], first.Value!.Files[0].Import.Id), Finance);

        var error = Assert.Single(refused.Diagnostics, diagnostic => diagnostic.Code == LockedRows.Code);
        Assert.Equal(("late.csv", 2), (error.Location.File, error.Location.Line));
        Assert.Contains("2016/17-M03 is closed (within 2016/17)", error.Message, StringComparison.Ordinal);
        Assert.Contains("correction", error.Message, StringComparison.Ordinal);
        Assert.False(replacing.Succeeded);
        Assert.Contains(replacing.Diagnostics, diagnostic => diagnostic.Code == LockedRows.Code && diagnostic.Message.Contains("cannot be replaced", StringComparison.Ordinal));
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
    }
}
