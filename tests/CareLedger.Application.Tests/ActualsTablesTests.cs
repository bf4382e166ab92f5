using CareLedger.Application.Actuals;
using CareLedger.Application.Settlement;
using CareLedger.Application.Templates;
using CareLedger.Domain;
using CareLedger.Domain.Settlement;

namespace CareLedger.Application.Tests;

/// <summary>A template's example actuals as CSV tables: the same year as the YAML, to the penny and the word.</summary>
public sealed class ActualsTablesTests
{
    private static IReadOnlyList<SourceText> Tables(string name) =>
        new TemplateService().RenderActualsTables(name).Value ?? throw new InvalidOperationException($"No tables for '{name}'.");

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void Every_template_s_tables_load_without_a_finding(string name)
    {
        var loaded = new ActualsService().Load(TemplateCases.Contract(name), Tables(name));

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(TemplateCases.Names), MemberType = typeof(TemplateCases))]
    public void Every_template_s_tables_settle_its_example_year_quarter_and_month_exactly_as_the_yaml_does(string name)
    {
        var contract = TemplateCases.Contract(name);
        var fromYaml = TemplateCases.Actuals(name);
        var fromCsv = new ActualsService().Load(contract, Tables(name)).Value!;

        foreach (var period in TemplateCases.Periods(name))
        {
            var yaml = new SettlementService().Settle(contract, fromYaml, period).Value!;
            var csv = new SettlementService().Settle(contract, fromCsv, period).Value!;

            Assert.Equal(Statements(yaml), Statements(csv));
            Assert.Equal(yaml.Checks, csv.Checks);
            Assert.Equal(yaml.Notes.Select(note => note.Message), csv.Notes.Select(note => note.Message));
        }
    }

    [Fact]
    public void Each_table_is_named_after_its_section_and_headed_by_the_keys_its_records_use()
    {
        var tables = Tables("mid-notts-alliance");

        var activity = Assert.Single(tables, table => table.Name == "activity.csv");
        Assert.StartsWith("period,provider,service_line,planned,actual,unit_price\r\n", activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(tables, table => table.Name is "contract.csv" or "careledger_actuals.csv");
    }

    [Fact]
    public void An_unknown_template_has_no_tables_and_names_the_nearest()
    {
        var result = new TemplateService().RenderActualsTables("mid-nots-alliance");

        Assert.Equal("template", result.Problem?.Field);
        Assert.Contains("Did you mean 'mid-notts-alliance'?", result.Problem!.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Each party's lines with their explanations, less where each input was read from: the same figure cites
    /// <c>activity.csv</c> row 4 in one and <c>NAME.actuals.yaml</c> line 30 in the other.
    /// </summary>
    private static IEnumerable<(string Party, ValueList<StatementLine> Lines)> Statements(PeriodSettlement settlement) =>
        settlement.Statements.Select(statement => (
            statement.Party.Id.Value,
            statement.Lines.Select(line => line with
            {
                Explanation = line.Explanation with
                {
                    Inputs = line.Explanation.Inputs.Select(input => input with { Source = null }).ToValueList(),
                },
            }).ToValueList()));
}
