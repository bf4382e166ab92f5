using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

public class SyntaxErrorTests
{
    [Fact]
    public void An_unterminated_quote_is_a_syntax_error_at_the_quote()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            contract:
              id: test
              name: "Bedfordshire
            """);

        Assert.Null(result.Contract);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 4, 9), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("YAML syntax error", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_list_closed_with_a_brace_is_a_syntax_error_at_the_brace()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            parties:
              - { id: ccg, name: CCG, roles: [commissioner }
            """);

        Assert.Null(result.Contract);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 3, 48), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("'}' here closes the '[' opened at line 3, column 34; close that one first with ']'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_reported_and_gives_no_contract()
    {
        var result = ReadAssert.Read("""
            This is a memo about the contract, not the contract.
            """);

        Assert.Null(result.Contract);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.WrongType, 1, 1), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("A contract file is a mapping of sections", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_missing_everything()
    {
        var result = ReadAssert.Read("# nothing but a comment\n");

        Assert.Null(result.Contract);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MissingRequired, 1, 1), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("The file is empty", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_key_and_the_first_value_is_kept()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term: { start: 2016-04, years: 3 }
              model: prime-contractor
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.Duplicate, 7, 3), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("Duplicate key 'model': it is already given on line 5", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Domain.Contracts.ContractModel.Alliance, result.Contract!.Model);
    }

    [Fact]
    public void A_duplicate_key_in_a_flow_mapping_is_reported_at_the_second_key()
    {
        ReadAssert.Only(
            """
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term: { start: 2016-04, years: 3 }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner], name: Another }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """,
            DiagnosticCodes.Duplicate,
            8,
            52,
            "Duplicate key 'name'");
    }

    [Fact]
    public void Repeated_ids_and_cells_are_kept_for_validation_to_report()
    {
        var result = ReadAssert.Clean("""
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term: { start: 2016-04, years: 3 }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
              - { id: ccg, name: The same CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
                - { service_line: elective, provider: ccg, amount: £2m }
            """);

        // Duplicate ids and baseline cells are CL010 from validation, which sees the whole model.
        Assert.Equal(2, result.Contract!.Parties.Count);
        Assert.Equal(2, result.Contract.Baseline.Cells.Count);
    }

    [Fact]
    public void A_key_that_is_not_a_plain_name_is_a_wrong_type()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            ? [contract]
            : x
            """);

        ReadAssert.Has(result, DiagnosticCodes.WrongType, 2, 3, "the top level: a key must be a plain name, not a list.");
    }

    [Fact]
    public void A_format_version_other_than_1_is_unsupported()
    {
        ReadAssert.Only(
            """
            careledger: 2
            contract:
              id: test
              name: Test contract
              model: alliance
              term: { start: 2016-04, years: 3 }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """,
            DiagnosticCodes.UnsupportedVersion,
            1,
            13,
            "format version '2' is not supported");
    }
}
