using CareLedger.Domain;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Diagnostics;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>Several problems, several files: everything is reported in one pass, files combine, and any error loads nothing.</summary>
public sealed class CombinedActualsTests
{
    [Fact]
    public void A_yaml_file_with_several_problems_reports_every_one_of_them()
    {
        var loaded = Load(Header + """
            activity:
              - { period: 2016/17-M13, provider: acute, service_line: urgent-care, planned: 10, actual: 12 }
              - { period: 2016/17-M01, provider: acuet, service_line: urgent-care, planned: 10, actual: -3 }
            indicators:
              - { period: 2016/17, indicator: care-plan, value: 1, evidence: Minutes }
              - { period: 2016/17, indicator: admissions-rate, value: 13.1, evidence: SUS, note: draft }
            population:
              - { year: 2016/17, heads: 201500 }
              - { year: 2016/17, heads: 201700 }
            """);

        Assert.Null(loaded.Actuals);
        Assert.Equal(6, loaded.Diagnostics.Count);
        Has(loaded, DiagnosticCodes.BadPeriod, YamlFile, 4, 15, "'2016/17-M13' is not a contract period");
        Has(loaded, DiagnosticCodes.UndefinedReference, YamlFile, 5, 38, "did you mean 'acute'?");
        Has(loaded, DiagnosticCodes.NegativeActual, YamlFile, 5, 93, "-3 is negative");
        Has(loaded, DiagnosticCodes.WrongResultShape, YamlFile, 7, 53, "'care-plan' is a milestone");
        Has(loaded, DiagnosticCodes.UnknownKey, YamlFile, 8, 80, "Unknown key 'note' in indicators[1]");
        Has(loaded, DiagnosticCodes.Duplicate, YamlFile, 11, 5, "a second population count for 2016/17");
    }

    [Fact]
    public void A_csv_table_with_several_problems_reports_every_one_of_them_in_row_order()
    {
        var loaded = Load("""
            period,provider,service_line,planned,actual,unit_price,notes
            2016/17-M01,acute,urgent-care,10,12,,
            2016/17-M02,acute,elective,ten,12,150,
            2016/17-M03,hub,primary-care,10,12,,
            2016/17-M01,acute,urgent-care,10,13,,
            """, CsvFile);

        Assert.Null(loaded.Actuals);
        Assert.Equal(
            [
                (DiagnosticCodes.UnknownKey, 1, 7),
                (DiagnosticCodes.WrongType, 3, 4),
                (DiagnosticCodes.UndefinedReference, 4, 3),
                (DiagnosticCodes.Duplicate, 5, 1),
            ],
            loaded.Diagnostics.Select(diagnostic => (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column)));
        Assert.Contains("activity row 3, column 'planned': 'ten' is not a number", loaded.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_file_and_csv_tables_combine_into_one_set_of_actuals_each_record_citing_its_file()
    {
        var loaded = ActualsLoader.Load(ActualsContracts.Riverside, [
            ("riverside.actuals.yaml", Header + "indicators:\n  - { period: 2016/17, indicator: care-plan, result: achieved, evidence: Minutes }\npopulation:\n  - { year: 2016/17, heads: 201500 }\n"),
            ("activity.csv", "period,provider,service_line,planned,actual\n2016/17-M01,acute,urgent-care,10,12\n2016/17-M02,acute,urgent-care,10,9\n"),
            ("spend.csv", "year,item,planned,actual\n2016/17,acute-overspend,£40m,£41.2m\n"),
        ]);

        var actuals = Clean(loaded);
        Assert.Equal([("activity.csv", 2), ("activity.csv", 3)], actuals.Activity.Select(row => (row.Source!.File, row.Source.Line)));
        Assert.Equal("riverside.actuals.yaml", Assert.Single(actuals.Indicators).Source!.File);
        Assert.Equal(201_500, Assert.Single(actuals.Population).Heads);
        Assert.Equal(new SourceRef("spend.csv", "risk_reward row 2", 2, 1), Assert.Single(actuals.RiskItems).Source);
    }

    [Fact]
    public void The_same_thing_given_in_two_files_is_a_duplicate_reported_in_the_later_file()
    {
        var loaded = ActualsLoader.Load(ActualsContracts.Riverside, [
            ("riverside.actuals.yaml", Header + "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: urgent-care, planned: 10, actual: 12 }\n"),
            ("activity.csv", "period,provider,service_line,planned,actual\n2016/17-M02,acute,urgent-care,10,12\n2016/17-Q1,acute,urgent-care,30,31\n"),
        ]);

        Assert.Null(loaded.Actuals);
        var duplicate = Has(loaded, DiagnosticCodes.Duplicate, "activity.csv", 3, 1, "activity row 3: 2016/17-Q1 for acute, urgent-care overlaps 2016/17-M01 at riverside.actuals.yaml:4:5 (activity[0])");
        Assert.Single(loaded.Diagnostics);
        Assert.Equal("activity.csv:3:1: error CL010: " + duplicate.Message, duplicate.ToString());
    }

    [Fact]
    public void An_error_in_one_file_loads_nothing_from_any_file()
    {
        var loaded = ActualsLoader.Load(ActualsContracts.Riverside, [
            ("riverside.actuals.yaml", Header + "population:\n  - { year: 2016/17, heads: 201500 }\n"),
            ("activity.csv", "period,provider,service_line,planned,actual\n2016/17-M01,acute,urgent-care,10,-12\n"),
        ]);

        Assert.Null(loaded.Actuals);
        Assert.True(loaded.HasErrors);
        Assert.All(loaded.Diagnostics, diagnostic => Assert.Equal("activity.csv", diagnostic.Location.File));
    }

    [Fact]
    public void Diagnostics_come_in_the_order_the_files_were_given_then_by_line()
    {
        var loaded = ActualsLoader.Load(ActualsContracts.Riverside, [
            ("z-first.csv", "year,heads\n2016/17,-1\n2017/18,0\n"),
            ("a-second.yaml", "careledger_actuals: 3\ncontract: riverside\n"),
        ]);

        Assert.Equal(
            [("z-first.csv", 2), ("z-first.csv", 3), ("a-second.yaml", 1)],
            loaded.Diagnostics.Select(diagnostic => (diagnostic.Location.File, diagnostic.Location.Line)));
    }

    [Fact]
    public void A_csv_table_is_checked_against_the_contract_given_since_it_names_none()
    {
        var loaded = ActualsLoader.Load(ActualsContracts.Riverside, [("costs.csv", "year,party,actual_cost\n2016/17,circle,£24m\n")]);

        Has(loaded, DiagnosticCodes.UndefinedReference, "costs.csv", 2, 2, "'circle' is not a party of this contract");
    }

    [Fact]
    public void Loading_from_disk_names_each_file_as_given()
    {
        var folder = Directory.CreateTempSubdirectory("careledger-actuals-");
        try
        {
            var yaml = Path.Join(folder.FullName, "actuals.yaml");
            var csv = Path.Join(folder.FullName, "population.csv");
            File.WriteAllText(yaml, Header + "risk_reward:\n  - { year: 2016/17, item: drugs, actual: £2.9m }\n");
            File.WriteAllText(csv, "year,heads\n2016/17,201500\n");

            var actuals = Clean(ActualsLoader.LoadFiles(ActualsContracts.Riverside, [yaml, csv]));

            Assert.Equal(yaml, Assert.Single(actuals.RiskItems).Source!.File);
            Assert.Equal(csv, Assert.Single(actuals.Population).Source!.File);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
