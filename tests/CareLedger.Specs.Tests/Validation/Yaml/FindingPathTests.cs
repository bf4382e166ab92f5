using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.Specs.Tests.Validation.Yaml.RiversideYaml;

namespace CareLedger.Specs.Tests.Validation.Yaml;

/// <summary>
/// Every finding about a contract carries the field path of the value it is about, so a contract edited in a form,
/// with no lines, gets errors as precise as a file's. One of each kind: the reader's (unknown key, missing key,
/// wrong type, bad value, duplicate key) and validation's (reference, weight sum, band overlap).
/// </summary>
public sealed class FindingPathTests
{
    [Fact]
    public void An_unknown_key_is_about_the_key() =>
        AssertPath(With("    share: 3%\n", "    share: 3%\n    shares: 3%\n"), DiagnosticCodes.UnknownKey, "payment.variable.shares");

    [Fact]
    public void A_missing_key_is_about_the_key_though_reported_at_its_mapping() =>
        AssertPath(With("    name: Acute cost corridor\n", string.Empty), DiagnosticCodes.MissingRequired, "risk_corridors[0].name");

    [Fact]
    public void A_list_where_a_value_belongs_is_about_the_key() =>
        AssertPath(With("size: 100000", "size: [100000]"), DiagnosticCodes.WrongType, "population.size");

    [Fact]
    public void An_amount_in_fractions_of_a_penny_is_about_the_amount() =>
        AssertPath(With("amount: £60m", "amount: 12.345"), DiagnosticCodes.BadAmount, "baseline.spend[0].amount");

    [Fact]
    public void A_key_given_twice_is_about_the_key() =>
        AssertPath(With("  name: Riverside integrated care alliance\n", "  name: Riverside integrated care alliance\n  name: Again\n"), DiagnosticCodes.Duplicate, "contract.name");

    [Fact]
    public void A_reference_to_an_undefined_party_is_about_the_reference() =>
        AssertPath(With("provider: city-hospital", "provider: city-hospitl"), DiagnosticCodes.UndefinedParty, "baseline.spend[0].provider");

    [Fact]
    public void Indicator_weights_that_miss_their_outcome_are_about_the_outcome_weight_and_the_framework()
    {
        var yaml = With("{ id: eol-epaccs, name: Roll out EPaCCS, category: implementation, weight: 20% }", "{ id: eol-epaccs, name: Roll out EPaCCS, category: implementation, weight: 19% }");
        var diagnostics = ContractLoader.Load(yaml, FileName).Diagnostics;

        Assert.Equal("outcomes[0].outcomes[1].weight", Findings.Exactly(diagnostics, DiagnosticCodes.IndicatorWeights, 1)[0].Path.ToString());
        Assert.Equal("outcomes[0]", Findings.Exactly(diagnostics, DiagnosticCodes.TotalIndicatorWeights, 1)[0].Path.ToString());
    }

    [Fact]
    public void Overlapping_corridor_bands_are_about_where_the_later_band_starts() =>
        AssertPath(With("{ from: 97%, to: 103%, payer_share: 0% }", "{ from: 96%, to: 103%, payer_share: 0% }"), DiagnosticCodes.BandsOverlap, "risk_corridors[0].bands[1].from");

    [Fact]
    public void A_cap_of_a_variable_mechanism_has_the_path_of_the_brief()
    {
        var yaml = With("    share: 3%\n", """
                share: 3%
                mechanisms:
                  - { id: a, kind: volume, name: A, service_lines: [acute], unit_price: £100, above_plan_rate: 50%, below_plan_rate: 50% }
                  - { id: b, kind: volume, name: B, service_lines: [community], unit_price: £100, above_plan_rate: 50%, below_plan_rate: 50% }
                  - { id: c, kind: volume, name: C, service_lines: [acute], unit_price: £100, above_plan_rate: 50%, below_plan_rate: 50%, cap: £1.234 }

            """);

        AssertPath(yaml, DiagnosticCodes.BadAmount, "payment.variable.mechanisms[2].cap");
    }

    [Fact]
    public void A_file_with_no_document_is_about_the_document_as_a_whole() =>
        AssertPath("# nothing here\n", DiagnosticCodes.MissingRequired, string.Empty);

    private static void AssertPath(string yaml, string code, string path)
    {
        var diagnostics = ContractLoader.Load(yaml, FileName).Diagnostics;
        var found = diagnostics.Where(diagnostic => diagnostic.Code == code).ToArray();
        Assert.True(found.Length == 1, $"Expected one {code}, got:\n" + string.Join("\n", diagnostics));
        Assert.Equal(FieldPath.Parse(path), found[0].Path);
        Assert.Equal(found[0].Location.Path, found[0].Path);
    }
}
