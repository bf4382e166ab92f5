using CareLedger.Domain;
using CareLedger.Domain.Actuals;
using CareLedger.Domain.Outcomes;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;
using CareLedger.Domain.SharedSavings;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Diagnostics;
using static CareLedger.Specs.Tests.Actuals.ActualsAssert;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// Rows of actuals that arrive typed — through an API, from a database or an analytics import — pass the same checks
/// as YAML and CSV: the same bad row gives the same finding (code, field path and words) from all three.
/// </summary>
public sealed class ActualsCheckerTests
{
    private static readonly Dictionary<string, (string Yaml, string Csv, ActualsRows Rows, string Code, string Path)> BadRows = new()
    {
        ["an undefined provider"] = (
            "activity:\n  - { period: 2016/17-M01, provider: acuet, service_line: urgent-care, planned: 10, actual: 12 }\n",
            "period,provider,service_line,planned,actual\n2016/17-M01,acuet,urgent-care,10,12\n",
            new() { Activity = [Activity("2016/17-M01", "acuet", 10m, 12m)] },
            DiagnosticCodes.UndefinedReference,
            "activity[0].provider"),
        ["a negative actual"] = (
            "activity:\n  - { period: 2016/17-M01, provider: acute, service_line: urgent-care, planned: 10, actual: -12 }\n",
            "period,provider,service_line,planned,actual\n2016/17-M01,acute,urgent-care,10,-12\n",
            new() { Activity = [Activity("2016/17-M01", "acute", 10m, -12m)] },
            DiagnosticCodes.NegativeActual,
            "activity[0].actual"),
        ["a period after the term"] = (
            "activity:\n  - { period: 2019/20-M01, provider: acute, service_line: urgent-care, planned: 10, actual: 12 }\n",
            "period,provider,service_line,planned,actual\n2019/20-M01,acute,urgent-care,10,12\n",
            new() { Activity = [Activity("2019/20-M01", "acute", 10m, 12m)] },
            DiagnosticCodes.BadPeriod,
            "activity[0].period"),
        ["a milestone given a value"] = (
            "indicators:\n  - { period: 2016/17, indicator: care-plan, value: 1, evidence: Minutes }\n",
            "period,indicator,value,evidence\n2016/17,care-plan,1,Minutes\n",
            new() { Indicators = [new IndicatorResultRow("2016/17", Id<Indicator>.Of("care-plan"), null, 1m, "Minutes")] },
            DiagnosticCodes.WrongResultShape,
            "indicators[0].value"),
        ["a sub-contractor's cost"] = (
            "provider_costs:\n  - { year: 2016/17, party: clinic, actual_cost: £2m }\n",
            "year,party,actual_cost\n2016/17,clinic,£2m\n",
            new() { ProviderCosts = [new ProviderCostRow("2016/17", Id<Party>.Of("clinic"), Money.Gbp(2_000_000m))] },
            DiagnosticCodes.UndefinedReference,
            "provider_costs[0].party"),
        ["a quality-adjusted expenditure without a score"] = (
            "shared_savings:\n  - { year: 2016/17, terms: mssp-track, expenditure: £61m, member_months: 125000 }\n",
            "year,terms,expenditure,member_months\n2016/17,mssp-track,£61m,125000\n",
            new() { Benchmarks = [new BenchmarkRow("2016/17", Id<SharedSavingsTerms>.Of("mssp-track"), Money.Gbp(61_000_000m), 125_000m)] },
            DiagnosticCodes.MissingRequired,
            "shared_savings[0].quality_score"),
        ["a second count for a year"] = (
            "population:\n  - { year: 2016/17, heads: 201500 }\n  - { year: 2016/17, heads: 201600 }\n",
            "year,heads\n2016/17,201500\n2016/17,201600\n",
            new() { Population = [new PopulationRow("2016/17", 201_500), new PopulationRow("2016/17", 201_600)] },
            DiagnosticCodes.Duplicate,
            "population[1]"),
    };

    public static TheoryData<string> BadRowNames => [.. BadRows.Keys];

    [Theory]
    [MemberData(nameof(BadRowNames))]
    public void The_same_bad_row_gives_the_same_finding_from_yaml_csv_and_the_typed_api(string name)
    {
        var (yaml, csv, rows, code, path) = BadRows[name];

        var fromYaml = Single(Load(Header + yaml));
        var fromCsv = Single(Load(csv, CsvFile));
        var fromApi = Single(ActualsChecker.Check(ActualsContracts.Riverside, rows));

        Assert.All([fromYaml, fromCsv, fromApi], finding => Assert.Equal((code, FieldPath.Parse(path)), (finding.Code, finding.Path)));
        Assert.Equal(Said(fromYaml), Said(fromApi));
        Assert.Equal(Said(fromYaml), Said(fromCsv));
    }

    [Fact]
    public void Clean_typed_rows_come_back_as_actuals_citing_the_origin_and_their_place()
    {
        var loaded = ActualsChecker.Check(ActualsContracts.Riverside, new ActualsRows { Population = [new PopulationRow("2017/18", 203_900)] }, "import");

        var count = Assert.Single(Clean(loaded).Population);
        Assert.Equal(new PopulationActual(ActualsContracts.Riverside.Term.Calendar.Years[1], 203_900, new SourceRef("import", "population[0]", 0, 0)), count);
    }

    [Fact]
    public void A_row_with_a_source_is_reported_where_that_source_says()
    {
        var row = Activity("2016/17-M01", "acuet", 10m, 12m) with { Source = new RowSource("sus.csv", FieldPath.Parse("sus[41]"), 43, 1) };

        var finding = Single(ActualsChecker.Check(ActualsContracts.Riverside, new ActualsRows { Activity = [row] }));

        Assert.Equal(new SourceLocation("sus.csv", 43, 1, FieldPath.Parse("sus[41].provider")), finding.Location);
        Assert.StartsWith("sus[41].provider: 'acuet' is not a party", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_value_of_a_typed_row_is_reported_about_that_value()
    {
        var finding = Single(ActualsChecker.Check(ActualsContracts.Riverside, new ActualsRows { Activity = [Activity(null, "acute", 10m, 12m)] }));

        Assert.Equal((DiagnosticCodes.MissingRequired, "activity[0].period", "'period' is required in activity[0]."), (finding.Code, finding.Path.ToString(), finding.Message));
    }

    [Fact]
    public void Blank_evidence_is_missing_evidence() =>
        Assert.Equal(
            "indicators[0].evidence",
            Single(ActualsChecker.Check(ActualsContracts.Riverside, new ActualsRows { Indicators = [new IndicatorResultRow("2016/17", Id<Indicator>.Of("care-plan"), MilestoneStatus.Achieved, null, "  ")] })).Path.ToString());

    [Fact]
    public void An_amount_in_another_currency_is_a_unit_error()
    {
        var row = new ProviderCostRow("2016/17", Id<Party>.Of("hub"), new Money(2_000_000m, Currency.Eur));

        var finding = Single(ActualsChecker.Check(ActualsContracts.Riverside, new ActualsRows { ProviderCosts = [row] }));

        Assert.Equal((DiagnosticCodes.WrongUnit, "provider_costs[0].actual_cost"), (finding.Code, finding.Path.ToString()));
        Assert.Contains("is in EUR, but the contract is in GBP", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_in_fractions_of_a_penny_is_a_bad_amount()
    {
        var row = Activity("2016/17-M01", "acute", 10m, 12m) with { UnitPrice = Money.Gbp(150.005m) };

        var finding = Single(ActualsChecker.Check(ActualsContracts.Riverside, new ActualsRows { Activity = [row] }));

        Assert.Equal((DiagnosticCodes.BadAmount, "activity[0].unit_price"), (finding.Code, finding.Path.ToString()));
    }

    [Fact]
    public void Typed_rows_and_a_file_given_twice_are_duplicates_across_sources()
    {
        var fromFile = Load(Header + "population:\n  - { year: 2016/17, heads: 201500 }\n");
        Assert.False(fromFile.HasErrors);

        var finding = Single(ActualsChecker.Check(
            ActualsContracts.Riverside,
            new ActualsRows { Population = [new PopulationRow("2016/17", 201_500) { Source = new RowSource(YamlFile, FieldPath.Parse("population[0]"), 4, 5) }, new PopulationRow("2016/17", 201_600)] },
            "api"));

        Assert.Equal(("api", "population[1]"), (finding.Location.File, finding.Path.ToString()));
        Assert.Contains("the first is at actuals.yaml:4:5 (population[0])", finding.Message, StringComparison.Ordinal);
    }

    private static ActivityRow Activity(string? period, string provider, decimal planned, decimal actual) =>
        new(period, Id<Party>.Of(provider), Id<ServiceLine>.Of("urgent-care"), planned, actual);

    private static Diagnostic Single(LoadedActuals loaded)
    {
        Assert.True(loaded.Diagnostics.Count == 1, "Expected one diagnostic, got:\n" + string.Join("\n", loaded.Diagnostics));
        Assert.Null(loaded.Actuals);
        return loaded.Diagnostics[0];
    }

    // What the finding says after naming where: "activity[0].provider: " or "activity row 2, column 'provider': ", and
    // without the place of the first of two, which names each source's own file.
    private static string Said(Diagnostic diagnostic)
    {
        var said = diagnostic.Message[(diagnostic.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        var cited = said.IndexOf("the first is at", StringComparison.Ordinal);
        return cited < 0 ? said : said[..cited];
    }
}
