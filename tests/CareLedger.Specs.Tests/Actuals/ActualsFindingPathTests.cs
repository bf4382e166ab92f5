using CareLedger.Specs.Diagnostics;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// Every finding about actuals carries the field path of the value it is about. A YAML record's path is its place in
/// the file (<c>activity[4].actual</c>); a CSV row's names the table, the row (counted from 0 among the data rows, as
/// a list item is) and the column, while its line is the row as a spreadsheet counts it.
/// </summary>
public sealed class ActualsFindingPathTests
{
    private const string Urgent = "provider: acute, service_line: urgent-care";

    private const string ActivityHeader = "period,provider,service_line,planned,actual\n";

    [Fact]
    public void A_negative_actual_in_the_fifth_yaml_record_is_about_its_actual()
    {
        var months = string.Concat(Enumerable.Range(1, 4).Select(month => $"  - {{ period: 2016/17-M0{month}, {Urgent}, planned: 10, actual: 12 }}\n"));

        var error = Only(Header + "activity:\n" + months + $"  - {{ period: 2016/17-M05, {Urgent}, planned: 10, actual: -3 }}\n", DiagnosticCodes.NegativeActual, 8, 93, "activity[4].actual: -3 is negative");

        Assert.Equal("activity[4].actual", error.Path.ToString());
    }

    [Fact]
    public void An_unknown_yaml_key_is_about_the_key() =>
        AssertPath(Header + $"activity:\n  - {{ period: 2016/17-M01, {Urgent}, planned: 10, actual: 12, unit_prise: 150 }}\n", YamlFile, DiagnosticCodes.UnknownKey, "activity[0].unit_prise");

    [Fact]
    public void A_missing_yaml_key_is_about_the_key() =>
        AssertPath(Header + "indicators:\n  - { period: 2016/17, indicator: care-plan, result: achieved }\n", YamlFile, DiagnosticCodes.MissingRequired, "indicators[0].evidence");

    [Fact]
    public void A_unit_price_the_contract_needs_is_about_the_unit_price() =>
        AssertPath(Header + "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: elective, planned: 10, actual: 12 }\n", YamlFile, DiagnosticCodes.MissingRequired, "activity[0].unit_price");

    [Fact]
    public void A_second_record_for_the_same_thing_is_about_the_second_record() =>
        AssertPath(Header + "population:\n  - { year: 2016/17, heads: 201500 }\n  - { year: 2016/17, heads: 201600 }\n", YamlFile, DiagnosticCodes.Duplicate, "population[1]");

    [Fact]
    public void A_wrong_contract_id_is_about_the_contract_key() =>
        AssertPath("careledger_actuals: 1\ncontract: bedfordshire-msk\n", YamlFile, DiagnosticCodes.WrongContract, "contract");

    [Fact]
    public void A_csv_cell_is_on_its_spreadsheet_row_and_its_path_names_table_row_and_column()
    {
        var error = Only(ActivityHeader + "2016/17-M01,acute,urgent-care,10,12\n\n2016/17-M02,acuet,urgent-care,10,12\n", DiagnosticCodes.UndefinedReference, 4, 2, "activity row 4, column 'provider'", CsvFile);

        Assert.Equal("activity[1].provider", error.Path.ToString());
    }

    [Fact]
    public void An_unknown_csv_column_is_about_that_column_of_the_table() =>
        AssertPath("period,provider,service_line,planned,actual,unit_prise\n2016/17-M01,acute,urgent-care,10,12,150\n", CsvFile, DiagnosticCodes.UnknownKey, "activity.unit_prise");

    [Fact]
    public void A_missing_csv_column_is_about_that_column_of_the_table() =>
        AssertPath("heads,evidence\n201500,ONS\n", CsvFile, DiagnosticCodes.MissingRequired, "population.year");

    [Fact]
    public void A_csv_row_too_wide_is_about_the_row() =>
        AssertPath(ActivityHeader + "2016/17-M01,acute,elective,10,12,£1,450.00\n", CsvFile, DiagnosticCodes.YamlSyntax, "activity[0]");

    [Fact]
    public void A_csv_header_that_fits_no_table_is_about_the_file_as_a_whole() =>
        AssertPath("periode,provder,line,plan,actual\n", CsvFile, DiagnosticCodes.UnknownCsvHeader, string.Empty);

    private static void AssertPath(string text, string file, string code, string path)
    {
        var loaded = Load(text, file);
        var found = loaded.Diagnostics.Where(diagnostic => diagnostic.Code == code).ToArray();
        Assert.True(found.Length == 1, $"Expected one {code}, got:\n" + string.Join("\n", loaded.Diagnostics));
        Assert.Equal(FieldPath.Parse(path), found[0].Path);
    }
}
