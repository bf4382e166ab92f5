using CareLedger.Application.Templates;
using CareLedger.Cli.Tests.Fuzz;
using CareLedger.Data.Audit;
using CareLedger.Data.Imports;
using CareLedger.Data.Storage;
using CareLedger.Specs.Templates;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Data.Tests.Imports;

/// <summary>
/// The broken and hostile files of the command line's fuzz tests, imported: each is refused with problems located at
/// a file, row and column (or, rarely, still reads and is imported), and a refused import leaves the database exactly
/// as it was, compared by a dump of every table.
/// </summary>
public sealed class BadInputTests
{
    private const int CasesPerFile = 12;

    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var cases = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            foreach (var template in TemplateCatalog.All.Where(template => template.Name != "mid-notts-alliance-as-published"))
            {
                cases.Add(provider, template.Name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Broken_files_are_refused_with_located_problems_and_change_nothing(DatabaseProvider provider, string template)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var ledger = new LedgerFixture(test.Database);
        var contractId = await ledger.UploadAsync(template);
        var imports = ImportFiles.Service(ledger);
        var found = TemplateCatalog.Find(template)!;
        var activity = new TemplateService().RenderActualsTables(template).Value![0];
        var workbook = new TemplateService().RenderActualsWorkbook(template).Value!;
        var mutator = new Mutator(template.Length * 7919);
        var dump = await SchemaDump.TakeAsync(test.Database);
        var refused = 0;
        for (var index = 0; index < CasesPerFile * 3; index++)
        {
            var (name, content) = (index % 3) switch
            {
                0 => ("actuals.yaml", mutator.Mutate(found.ActualsYaml)),
                1 => (activity.Name, mutator.Mutate(activity.Text)),
                _ => ("actuals.xlsx", Mutator.DamagedWorkbook(workbook, new Random(index))),
            };
            var replay = $"{template}, case {index} ({name})";

            var result = await imports.ImportAsync(new ImportRequest(contractId, [new ImportFile(name, content)]), Actor.System("test"));

            var after = await SchemaDump.TakeAsync(test.Database);
            if (result.Succeeded)
            {
                dump = after;
                continue;
            }

            refused++;
            Assert.True(result.Problem is null, $"{replay}: {result.Problem?.Message}");
            Assert.True(
                result.Diagnostics.Any(finding => finding.IsError && finding.Location.Line > 0 && finding.Location.File.StartsWith(name, StringComparison.Ordinal)),
                $"{replay}: no located error in\n{string.Join('\n', result.Diagnostics)}");
            Assert.True(dump == after, $"{replay}: the refused import changed the database.");
        }

        Assert.True(refused > CasesPerFile, $"only {refused} of {CasesPerFile * 3} broken files were refused");
    }
}
