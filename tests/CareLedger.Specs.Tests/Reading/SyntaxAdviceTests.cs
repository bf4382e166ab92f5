using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

/// <summary>
/// The common YAML slips, each reported where the slip is (not where the YAML library noticed it) with what to
/// write instead, rather than the library's "did not find expected key".
/// </summary>
public sealed class SyntaxAdviceTests
{
    [Fact]
    public void A_tab_used_for_indentation_is_reported_on_its_own_line_not_at_the_top_of_the_file() =>
        ReadAssert.Only("careledger: 1\ncontract:\n\tid: test\n", DiagnosticCodes.YamlSyntax, 3, 1, "a tab indents this line, and YAML indents with spaces only");

    [Fact]
    public void A_tab_after_spaces_deeper_in_the_file_is_reported_at_the_tab() =>
        ReadAssert.Only("contract:\n  id: test\n  term:\n  \tstart: 2016-04\n", DiagnosticCodes.YamlSyntax, 4, 3, "Replace the tab with spaces");

    [Fact]
    public void An_alias_to_an_anchor_never_defined_is_reported_at_the_alias() =>
        ReadAssert.Only("careledger: 1\nadjustments:\n  - { kind: inflation, rate: *infl }\n", DiagnosticCodes.YamlSyntax, 3, 30, "'*infl' repeats the value marked '&infl', but no value before it is marked so.");

    [Fact]
    public void An_alias_that_misspells_an_anchor_suggests_the_anchor() =>
        ReadAssert.Only(
            "careledger: 1\nadjustments:\n  - { kind: inflation, rate: &inflation 2% }\n  - { kind: growth, rate: *inflaton }\n",
            DiagnosticCodes.YamlSyntax,
            4,
            27,
            "(did you mean 'inflation'?)");

    [Fact]
    public void A_nul_character_is_not_text_at_its_line_and_column() =>
        ReadAssert.Only("careledger: 1\ncontract:\n  id: te\0st\n", DiagnosticCodes.NotText, 3, 9, "holds a NUL character");

    [Fact]
    public void A_nul_character_at_the_very_start_is_not_skipped() =>
        ReadAssert.Only("\0careledger: 1\n", DiagnosticCodes.NotText, 1, 1, "holds a NUL character");

    [Fact]
    public void An_unclosed_double_quote_is_reported_at_the_quote_with_how_to_close_it() =>
        ReadAssert.Only("careledger: 1\ncontract:\n  id: test\n  name: \"Bedfordshire\n  model: alliance\n", DiagnosticCodes.YamlSyntax, 4, 9, "has no closing \". End it with \" on the same line");

    [Fact]
    public void An_unclosed_single_quote_is_reported_at_the_quote() =>
        ReadAssert.Only("careledger: 1\ncontract:\n  name: 'Bedfordshire\n", DiagnosticCodes.YamlSyntax, 3, 9, "a ' inside it is written ''");

    [Fact]
    public void An_unclosed_bracket_followed_by_more_keys_is_reported_at_the_bracket() =>
        ReadAssert.Only("careledger: 1\nsources: [one, two\ncontract:\n  id: test\n", DiagnosticCodes.YamlSyntax, 2, 10, "the '[' that opens a list here is never closed; end the list with ']'");

    [Fact]
    public void An_unclosed_brace_at_the_end_of_the_file_is_reported_at_the_brace() =>
        ReadAssert.Only("careledger: 1\ncontract: { id: test, name: Test\n", DiagnosticCodes.YamlSyntax, 2, 11, "the '{' that opens a mapping here is never closed");

    [Fact]
    public void A_bracket_closed_with_the_other_kind_names_the_one_it_meets() =>
        ReadAssert.Only(
            "careledger: 1\nparties:\n  - { id: ccg, name: CCG, roles: [commissioner }\n",
            DiagnosticCodes.YamlSyntax,
            3,
            48,
            "'}' here closes the '[' opened at line 3, column 34; close that one first with ']'");

    [Fact]
    public void A_key_without_a_colon_is_reported_at_the_key() =>
        ReadAssert.Only("careledger: 1\nsources\nparties: []\n", DiagnosticCodes.YamlSyntax, 2, 1, "'sources' has no ':' after it");

    [Fact]
    public void A_line_indented_less_than_its_siblings_names_the_columns_that_would_fit() =>
        ReadAssert.Only("contract:\n  id: test\n name: Test\n", DiagnosticCodes.YamlSyntax, 3, 2, "this line starts in column 2, which lines up with no key above it (they start in column 1 or 3)");

    [Fact]
    public void A_line_indented_more_than_its_siblings_is_reported_at_the_line_not_as_a_colon_in_a_value() =>
        ReadAssert.Only("contract:\n  id: test\n    name: Test\n", DiagnosticCodes.YamlSyntax, 3, 5, "this line starts in column 5, which lines up with no key above it (they start in column 1 or 3)");

    [Fact]
    public void A_key_of_a_list_item_out_of_line_with_the_item_names_the_item_column() =>
        ReadAssert.Only("parties:\n  - id: ccg\n   name: CCG\n", DiagnosticCodes.YamlSyntax, 3, 4, "(they start in column 1 or 3 or 5)");

    [Fact]
    public void A_list_item_among_keys_says_to_put_it_under_a_key() =>
        ReadAssert.Only("careledger: 1\n- parties\n", DiagnosticCodes.YamlSyntax, 2, 1, "a list item ('- ') stands where a key is expected");

    [Fact]
    public void A_colon_and_space_inside_a_value_says_to_quote_the_value() =>
        ReadAssert.Only("contract:\n  name: Hospital: north site\n", DiagnosticCodes.YamlSyntax, 2, 17, "Put the value in quotes");

    [Fact]
    public void A_key_without_a_space_after_its_colon_is_reported_at_that_key() =>
        ReadAssert.Only("careledger: 1\ncontract:\n  id:test\n  name: Test\n", DiagnosticCodes.YamlSyntax, 3, 3, "'id:' has no space after its ':'");

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void A_unicode_line_break_an_editor_does_not_show_is_reported_before_it_can_shift_line_numbers(char invisible) =>
        ReadAssert.Only("careledger: 1\ncontract:\n  name: a" + invisible + "b\n", DiagnosticCodes.InvisibleCharacter, 3, 10, "an invisible character YAML reads as a line break");
}
