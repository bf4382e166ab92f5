using System.Text;
using CareLedger.Application.Templates;
using CareLedger.Data.Imports;
using CareLedger.Specs.Templates;

namespace CareLedger.Data.Tests.Imports;

/// <summary>Files of actuals for import tests: a template's example year as YAML or as CSV tables, and edits of them.</summary>
internal static class ImportFiles
{
    public const string Template = "mid-notts-alliance";

    public static ActualsImports Service(LedgerFixture ledger) => new(ledger.Database, ledger.Contracts, ledger.Audit);

    public static ImportFile Yaml(string template = Template) =>
        Text(template + ".actuals.yaml", TemplateCatalog.Find(template)!.ActualsYaml);

    public static IReadOnlyList<ImportFile> CsvTables(string template = Template) =>
        [.. new TemplateService().RenderActualsTables(template).Value!.Select(table => Text(table.Name, table.Text))];

    public static ImportFile CsvTable(string section, string template = Template) =>
        CsvTables(template).Single(file => file.Name == section + ".csv");

    public static ImportFile Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    /// <summary>The rows of actuals in a file of the template's contract, every section together, as the checks count them.</summary>
    public static long RowsIn(ImportFile file, string template = Template)
    {
        var contract = Specs.ContractLoader.Load(TemplateCatalog.Find(template)!.Yaml, "contract.yaml").Contract!;
        var actuals = Specs.Actuals.ActualsLoader.Load(contract, Encoding.UTF8.GetString(file.Content.Span), file.Name).Actuals!;
        return actuals.Activity.Count + actuals.Indicators.Count + actuals.Population.Count + actuals.RiskItems.Count + actuals.ProviderCosts.Count
            + actuals.AllowableCosts.Count + actuals.Benchmarks.Count + actuals.Corridors.Count + actuals.Suspensions.Count;
    }

    /// <summary>The file with its text edited (one value changed, say).</summary>
    public static ImportFile Edited(ImportFile file, Func<string, string> edit) =>
        Text(file.Name, edit(Encoding.UTF8.GetString(file.Content.Span)));
}
