using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

public class ValueErrorTests
{
    // Lines 1–13 of every file here; the line under test follows.
    private const string Header = """
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

        """;

    [Fact]
    public void A_bare_number_where_a_percentage_is_needed_asks_for_a_unit()
    {
        ReadAssert.Only(
            Header + """
            payment:
              outcome: { share: 1.8, framework: f1, aggregation: all-or-nothing }
            """,
            DiagnosticCodes.WrongUnit,
            15,
            21,
            "payment.outcome.share: '1.8' needs a unit: write 1.8% (a bare number could mean 1.8% or 180%)");
    }

    [Fact]
    public void A_bare_number_where_a_share_is_needed_offers_a_fraction_too()
    {
        ReadAssert.Only(
            Header + """
            funding:
              shares:
                - { party: ccg, share: 1 }
            """,
            DiagnosticCodes.WrongUnit,
            16,
            28,
            "'1' needs a unit: write 1% (a bare number could mean 1% or 100%), or a fraction such as 2/3");
    }

    [Fact]
    public void A_percentage_where_an_amount_is_needed_is_a_unit_error()
    {
        ReadAssert.Only(
            Header + """
            adjustments:
              - { kind: savings, amount: 5% }
            """,
            DiagnosticCodes.WrongUnit,
            15,
            30,
            "adjustments[0].amount: '5%' is a percentage; an amount such as £500k or 500000.00 is needed here.");
    }

    [Fact]
    public void An_amount_where_a_percentage_is_needed_is_a_unit_error()
    {
        ReadAssert.Only(
            Header + """
            adjustments:
              - { kind: inflation, rate: £2m }
            """,
            DiagnosticCodes.WrongUnit,
            15,
            30,
            "'£2m' is an amount; a percentage such as 1.8% is needed here.");
    }

    [Fact]
    public void Commas_that_do_not_group_thousands_are_not_an_amount()
    {
        ReadAssert.Only(
            Header + """
            top_slices:
              - { id: ooa, name: Out of area, kind: out-of-area, amount: "2,65,000" }
            """,
            DiagnosticCodes.BadAmount,
            15,
            62,
            "'2,65,000' has commas that do not group thousands");
    }

    [Fact]
    public void An_amount_with_fractions_of_a_penny_is_rejected()
    {
        ReadAssert.Only(
            Header + """
            adjustments:
              - { kind: savings, amount: 12.345 }
            """,
            DiagnosticCodes.BadAmount,
            15,
            30,
            "'12.345' has more than 2 decimal places; GBP amounts are exact to the penny.");
    }

    [Fact]
    public void A_suffix_that_leaves_fractions_of_a_penny_is_rejected()
    {
        ReadAssert.Only(
            Header + """
            adjustments:
              - { kind: savings, amount: £1.2345678k }
            """,
            DiagnosticCodes.BadAmount,
            15,
            30,
            "'£1.2345678k' has more than 2 decimal places");
    }

    [Fact]
    public void A_currency_symbol_that_is_not_the_contracts_currency_is_rejected()
    {
        ReadAssert.Only(
            Header + """
            adjustments:
              - { kind: savings, amount: $2m }
            """,
            DiagnosticCodes.BadAmount,
            15,
            30,
            "'$2m' is written with '$' but the contract's currency is GBP; write £26.5m or a plain number.");
    }

    [Fact]
    public void Words_are_not_an_amount()
    {
        ReadAssert.Only(
            Header + """
            adjustments:
              - { kind: savings, amount: two million }
            """,
            DiagnosticCodes.BadAmount,
            15,
            30,
            "'two million' is not an amount; write it like 26500000, 26500000.00");
    }

    [Fact]
    public void A_name_is_not_an_id_and_the_slug_is_suggested()
    {
        ReadAssert.Only(
            Header + """
            exclusions:
              - { description: Paediatric MSK, service_line: Paediatric MSK }
            """,
            DiagnosticCodes.BadId,
            15,
            50,
            "exclusions[0].service_line: 'Paediatric MSK' is not a valid id: write lower-case letters, digits and hyphens such as 'paediatric-msk'");
    }

    [Fact]
    public void A_word_outside_the_vocabulary_suggests_the_nearest_word()
    {
        ReadAssert.Only(
            """
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: prime-contracter
              term: { start: 2016-04, years: 3 }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """,
            DiagnosticCodes.BadChoice,
            5,
            10,
            "contract.model: 'prime-contracter' is not a contract model; did you mean 'prime-contractor'? Use one of: alliance, prime-contractor, prime-provider, hybrid.");
    }

    [Fact]
    public void A_role_outside_the_vocabulary_is_reported_at_the_list_item()
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
              - { id: ccg, name: A CCG, roles: [commissioner, payer] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """,
            DiagnosticCodes.BadChoice,
            8,
            51,
            "parties[0].roles[1]: 'payer' is not a party role");
    }

    [Fact]
    public void An_answer_other_than_yes_or_no_is_a_wrong_type()
    {
        ReadAssert.Only(
            Header + """
            risk_reward:
              items:
                - id: drugs
                  name: High-cost drugs
                  measure: spend-against-plan
                  participants: [{ party: ccg, share: 100% }]
                  include: maybe
            """,
            DiagnosticCodes.WrongType,
            20,
            16,
            "risk_reward.items[0].include: 'maybe' is not yes or no; write yes, no, true or false.");
    }

    [Fact]
    public void Words_where_a_number_is_needed_are_a_wrong_type()
    {
        ReadAssert.Only(
            Header + """
            population:
              basis: registered-list
              size: lots
            """,
            DiagnosticCodes.WrongType,
            16,
            9,
            "population.size: 'lots' is not a number.");
    }

    [Fact]
    public void A_mapping_where_a_value_is_needed_is_a_wrong_type()
    {
        ReadAssert.Only(
            Header + """
            payment:
              fixed:
                share: { value: 95% }
            """,
            DiagnosticCodes.WrongType,
            16,
            12,
            "payment.fixed.share: expected a single value, found a mapping.");
    }
}
