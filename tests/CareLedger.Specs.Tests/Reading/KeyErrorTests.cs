using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

public class KeyErrorTests
{
    [Fact]
    public void Unknown_key_suggests_the_nearest_known_key()
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
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            payment:
              fixed:
                shar: 95%
            """,
            DiagnosticCodes.UnknownKey,
            16,
            5,
            "Unknown key 'shar' in payment.fixed; did you mean 'share'?");
    }

    [Fact]
    public void Unknown_key_with_no_near_match_lists_the_known_keys()
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
              - { id: ccg, name: A CCG, roles: [commissioner], colour: blue }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """,
            DiagnosticCodes.UnknownKey,
            8,
            52,
            "Unknown key 'colour' in parties[0]; expected one of: id, name, roles, membership, kind, prime.");
    }

    [Fact]
    public void A_transposed_key_in_an_indicator_suggests_the_real_key()
    {
        var result = ReadAssert.Read("""
            careledger: 1
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
            outcomes:
              - id: f1
                name: Framework
                outcomes:
                  - id: o1
                    name: Outcome
                    weight: 100%
                    indicators:
                      - { id: i1, name: Plan, category: planning, weigth: 100% }
            """);

        ReadAssert.Has(result, DiagnosticCodes.UnknownKey, 22, 55, "Unknown key 'weigth' in outcomes[0].outcomes[0].indicators[0]; did you mean 'weight'?");
        ReadAssert.Has(result, DiagnosticCodes.MissingRequired, 22, 13, "'weight' is required in outcomes[0].outcomes[0].indicators[0]");
    }

    [Fact]
    public void A_key_of_the_format_that_does_not_apply_here_says_why()
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
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            adjustments:
              - { kind: inflation, rate: 2%, funded: false }
            """,
            DiagnosticCodes.UnknownKey,
            15,
            34,
            "'funded' does not apply in adjustments[0]: only a vat adjustment can be unfunded");
    }

    [Fact]
    public void A_missing_required_key_is_reported_at_its_mapping_naming_key_and_path()
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
              - { id: ccg, name: A CCG, roles: [commissioner] }
              - id: acute
                roles: [provider]
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: acute, amount: £10m }
            """,
            DiagnosticCodes.MissingRequired,
            9,
            5,
            "'name' is required in parties[1].");
    }

    [Fact]
    public void A_missing_top_level_section_is_reported_at_the_start_of_the_file()
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
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            """,
            DiagnosticCodes.MissingRequired,
            1,
            1,
            "'baseline' is required at the top level.");
    }

    [Fact]
    public void A_required_key_written_without_a_value_is_reported_at_the_key()
    {
        ReadAssert.Only(
            """
            careledger: 1
            contract:
              id: test
              name:
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
            DiagnosticCodes.MissingRequired,
            4,
            3,
            "'name' in contract has no value; it is required.");
    }

    [Fact]
    public void A_list_where_a_mapping_belongs_is_a_wrong_type_at_the_value()
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
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            payment:
              - fixed
            """,
            DiagnosticCodes.WrongType,
            15,
            3,
            "payment: expected a mapping of keys, found a list.");
    }

    [Fact]
    public void A_single_value_where_a_list_belongs_is_a_wrong_type_with_a_hint()
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
              - { id: ccg, name: A CCG, roles: commissioner }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """,
            DiagnosticCodes.WrongType,
            8,
            36,
            "parties[0].roles: expected a list, found the value 'commissioner'; write a list such as [a, b]");
    }

    [Fact]
    public void Years_and_months_together_keep_the_first_and_report_the_second()
    {
        ReadAssert.Only(
            """
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term: { start: 2016-04, years: 3, months: 36 }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """,
            DiagnosticCodes.WrongType,
            6,
            37,
            "contract.term: write either 'years' or 'months', not both; 'months' is ignored.");
    }
}
