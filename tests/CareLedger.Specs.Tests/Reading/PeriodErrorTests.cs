using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

public class PeriodErrorTests
{
    // Lines 1–13; the contract runs April 2016 to March 2019 (2016/17, 2017/18, 2018/19).
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
    public void A_year_outside_the_term_is_a_bad_period_naming_the_term()
    {
        ReadAssert.Only(
            Header + """
            adjustments:
              - { kind: growth, rate: 1.3%, from: 2019/20 }
            """,
            DiagnosticCodes.BadPeriod,
            15,
            39,
            "adjustments[0].from: '2019/20' is outside the contract term (2016/17 to 2018/19).");
    }

    [Fact]
    public void A_calendar_year_label_in_a_financial_year_contract_says_how_to_write_it()
    {
        ReadAssert.Only(
            Header + """
            adjustments:
              - { kind: growth, rate: 1.3%, years: [2017/18, 2018] }
            """,
            DiagnosticCodes.BadPeriod,
            15,
            50,
            "adjustments[0].years[1]: '2018' is not a year of this contract: its years start in April, so write '2018/19'.");
    }

    [Fact]
    public void A_month_that_does_not_exist_is_a_bad_period()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term: { start: 2016-13, years: 3 }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """);

        Assert.Null(result.Contract);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BadPeriod, 6, 18), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("contract.term.start: '2016-13' is not a month; write it as YYYY-MM, e.g. 2016-04.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_start_month_outside_1_to_12_is_a_bad_period()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term:
                start: 2016-04
                years: 3
                year_start_month: 13
            """);

        Assert.Null(result.Contract);
        ReadAssert.Has(result, DiagnosticCodes.BadPeriod, 9, 23, "'13' is not a month number; write 1 to 12 (4 for April).");
    }

    [Fact]
    public void A_term_that_is_not_a_whole_number_of_months_gives_no_contract()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term: { start: 2016-04, years: 3.3 }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """);

        Assert.Null(result.Contract);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.TermNotWholeMonths, 6, 34), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("contract.term.years: 3.3 years is 39.6 months; a term must be a whole number of months", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_that_is_not_whole_months_is_reported_and_the_contract_still_read()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term:
                start: 2016-04
                years: 3
                extensions:
                  - { months: 6.5, note: Half a month more }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: £10m }
            """);

        Assert.NotNull(result.Contract);
        Assert.Empty(result.Contract.Term.Extensions);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.TermNotWholeMonths, 10, 19), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("6.5 months; a term must be a whole number of months", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_by_year_mapping_without_default_must_list_every_year()
    {
        ReadAssert.Only(
            Header + """
            payment:
              outcome:
                framework: f1
                aggregation: all-or-nothing
                share: { 2016/17: 0%, 2018/19: 10% }
            """,
            DiagnosticCodes.YearMissing,
            18,
            12,
            "payment.outcome.share has no value for 2017/18 and no 'default'; list every contract year or add 'default'.");
    }

    [Fact]
    public void A_misspelt_default_in_a_by_year_mapping_is_an_unknown_key()
    {
        var result = ReadAssert.Read(Header + """
            payment:
              variable:
                share: { defualt: 3%, 2016/17: 0% }
            """);

        ReadAssert.Has(result, DiagnosticCodes.UnknownKey, 16, 14, "Unknown key 'defualt' in payment.variable.share; did you mean 'default'?");
        ReadAssert.Has(result, DiagnosticCodes.YearMissing, 16, 12, "no value for 2017/18, 2018/19");
        Assert.Equal(2, result.Diagnostics.Count);
    }

    [Fact]
    public void A_by_year_key_outside_the_term_is_reported_at_the_key()
    {
        ReadAssert.Only(
            Header + """
            top_slices:
              - id: ooa
                name: Out of area
                kind: out-of-area
                amount: { default: £1m, 2019/20: £2m }
            """,
            DiagnosticCodes.BadPeriod,
            18,
            29,
            "top_slices[0].amount: '2019/20' is outside the contract term");
    }

    [Fact]
    public void A_quarter_where_a_year_is_needed_is_a_bad_period()
    {
        ReadAssert.Only(
            Header + """
            payment:
              outcome:
                share: 2%
                framework: f1
                aggregation: proportional
                phasing:
                  - { years: 2016/17-Q2, applied: false }
            """,
            DiagnosticCodes.BadPeriod,
            20,
            18,
            "payment.outcome.phasing[0].years: '2016/17-Q2' is a quarter; a contract year such as 2016/17 is needed here.");
    }
}
