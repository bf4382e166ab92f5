using CareLedger.Domain;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Diagnostics;
using CareLedger.Specs.Tests.Actuals;
using CareLedger.Specs.Tests.Validation.Builders;
using static CareLedger.Specs.Tests.Validation.Yaml.RiversideYaml;

namespace CareLedger.Specs.Tests.Hostile;

/// <summary>
/// Names and texts that would act on a terminal rather than print — escape sequences, a bell, bidirectional
/// overrides, zero-width characters — are CL013 where they are written, in contracts and in actuals from any source;
/// a required name written blank is CL003 there.
/// </summary>
public sealed class InvisibleCharacterTests
{
    [Fact]
    public void A_party_name_holding_a_colour_escape_is_reported_at_the_name()
    {
        var yaml = With("name: City Hospital NHS Trust,", "name: \"City Hospital\\e[31m NHS Trust\",");

        var diagnostic = Only(yaml, DiagnosticCodes.InvisibleCharacter);

        AssertAt(diagnostic, yaml, "City Hospital\\e[31m", "\"City");
        Assert.Equal("parties[2].name", diagnostic.Path.ToString());
        Assert.Contains("party 'city-hospital': the name holds U+001B (escape), a control character, which a terminal acts on instead of printing, at character 14.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\u202E", "U+202E (right-to-left override)")]
    [InlineData("\\u2067", "U+2067 (right-to-left isolate)")]
    [InlineData("\\u200B", "U+200B (zero-width space)")]
    [InlineData("\\a", "U+0007 (bell)")]
    [InlineData("\\x7F", "U+007F (delete)")]
    [InlineData("\\x9B", "U+009B, a control character")]
    [InlineData("\\t", "U+0009 (tab), which breaks a name across columns or lines")]
    [InlineData("\\n", "U+000A (line break)")]
    public void A_service_line_name_holding_an_invisible_or_control_character_is_reported_at_the_name(string escape, string described)
    {
        var yaml = With("{ id: acute, name: Acute care }", "{ id: acute, name: \"Acute" + escape + "care\" }");

        var diagnostic = Only(yaml, DiagnosticCodes.InvisibleCharacter);

        AssertAt(diagnostic, yaml, "{ id: acute, name:", "\"Acute");
        Assert.Contains(described, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_may_run_over_lines_and_hold_tabs()
    {
        var yaml = With("  description: Registered population of Riverside practices", "  description: |\n    Registered population\n    \tof Riverside practices");

        Findings.None(ContractLoader.Load(yaml, FileName).Diagnostics);
    }

    [Fact]
    public void A_description_may_not_hold_an_escape_sequence()
    {
        var yaml = With("  description: Registered population of Riverside practices", "  description: \"Registered\\e]0;pwned\\a population\"");

        var diagnostic = Only(yaml, DiagnosticCodes.InvisibleCharacter);

        AssertAt(diagnostic, yaml, "Registered\\e]0;pwned", "\"Registered");
        Assert.StartsWith("the population: the description holds U+001B (escape)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_from_any_script_and_characters_outside_the_basic_plane_are_printable()
    {
        var yaml = With("name: City Hospital NHS Trust,", "name: \"Ysbyty'r Ddinas — Café 🏥 مستشفى\",");

        Findings.None(ContractLoader.Load(yaml, FileName).Diagnostics);
    }

    [Fact]
    public void An_indicator_name_and_a_source_are_checked_like_every_other_text()
    {
        var yaml = With("{ id: eol-plan, name: End-of-life action plan,", "{ id: eol-plan, name: \"End-of-life\\u2066 action plan\",") + "sources: [\"King's Fund\\e[2J\"]\n";

        var diagnostics = ContractLoader.Load(yaml, FileName).Diagnostics;

        var found = Findings.Exactly(diagnostics, DiagnosticCodes.InvisibleCharacter, 2);
        Assert.Equal(["outcomes[0].outcomes[1].indicators[0].name", "sources[0]"], found.Select(diagnostic => diagnostic.Path.ToString()));
    }

    [Fact]
    public void A_required_name_written_blank_is_missing_at_the_name()
    {
        var yaml = With("name: City Hospital NHS Trust,", "name: '',");

        var diagnostic = Only(yaml, DiagnosticCodes.MissingRequired);

        AssertAt(diagnostic, yaml, "name: '',", "''");
        Assert.Equal("party 'city-hospital': the name is blank; it is required, and is what statements and tables show, so write it out.", diagnostic.Message);
    }

    [Fact]
    public void A_required_name_of_spaces_is_missing_too()
    {
        var yaml = With("{ id: acute, name: Acute care }", "{ id: acute, name: \"   \" }");

        Assert.Equal("service_lines[0].name", Only(yaml, DiagnosticCodes.MissingRequired).Path.ToString());
    }

    [Fact]
    public void A_required_name_left_out_is_reported_once_by_the_reader()
    {
        var yaml = With("{ id: acute, name: Acute care }", "{ id: acute }");

        var diagnostic = Only(yaml, DiagnosticCodes.MissingRequired);

        Assert.Equal("'name' is required in service_lines[0].", diagnostic.Message);
    }

    [Fact]
    public void Evidence_in_yaml_actuals_that_would_retitle_the_terminal_is_reported_at_the_evidence() =>
        ActualsAssert.Only(
            ActualsAssert.Header + "indicators:\n  - { period: 2016/17, indicator: care-plan, result: achieved, evidence: \"Minutes\\e]0;owned\\a\" }\n",
            DiagnosticCodes.InvisibleCharacter,
            4,
            74,
            "indicators[0].evidence: holds U+001B (escape), a control character");

    [Fact]
    public void A_reason_in_a_csv_table_with_a_bell_is_reported_at_its_cell() =>
        ActualsAssert.Only(
            "year,item,reason\n2016/17,all,Flu\u0007 outbreak\n",
            DiagnosticCodes.InvisibleCharacter,
            2,
            3,
            "suspensions row 2, column 'reason': holds U+0007 (bell)",
            ActualsAssert.CsvFile);

    [Fact]
    public void A_period_label_holding_a_bidi_override_is_reported_rather_than_echoed_as_a_period()
    {
        var row = new ActivityRow("2016/17\u202E-M01", Id<Domain.Parties.Party>.Of("acute"), Id<Domain.Scope.ServiceLine>.Of("urgent-care"), 10m, 12m);

        var finding = Assert.Single(ActualsChecker.Check(ActualsContracts.Riverside, new ActualsRows { Activity = [row] }).Diagnostics);

        Assert.Equal((DiagnosticCodes.InvisibleCharacter, "activity[0].period"), (finding.Code, finding.Path.ToString()));
    }

    private static Diagnostic Only(string yaml, string code) => Findings.Only(ContractLoader.Load(yaml, FileName).Diagnostics, code);

    private static void AssertAt(Diagnostic diagnostic, string yaml, string line, string value)
    {
        var (expectedLine, expectedColumn) = PositionOf(yaml, line, value);
        Assert.Equal((FileName, expectedLine, expectedColumn), (diagnostic.Location.File, diagnostic.Location.Line, diagnostic.Location.Column));
    }
}
