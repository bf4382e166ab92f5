using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

public class OnePassTests
{
    [Fact]
    public void A_file_with_several_problems_reports_all_of_them_in_file_order()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            contract:
              id: Test Contract
              name: Test contract
              model: aliance
              term: { start: 2016-04, years: 3 }
            parties:
              - { id: ccg, name: A CCG, roles: [commissioner] }
              - { id: acute, name: An acute trust, roles: [provider], prime: ccg, prime: acute }
            service_lines:
              - { id: elective, name: Elective care, in_scope: sometimes }
            baseline:
              spend:
                - { service_line: elective, provider: acute, amount: 12.345 }
                - { service_line: elective, provider: ccg }
            adjustments:
              - { kind: growth, rate: 1.3, from: 2020/21 }
            payment:
              fixed: { share: 95%, instalment: monthly }
              outcome: { share: { 2016/17: 1% }, framework: f1, aggregation: all-or-nothing }
            """);

        Assert.NotNull(result.Contract);
        Assert.Equal(
            [
                (DiagnosticCodes.BadId, 3, 7),
                (DiagnosticCodes.BadChoice, 5, 10),
                (DiagnosticCodes.Duplicate, 9, 71),
                (DiagnosticCodes.WrongType, 11, 52),
                (DiagnosticCodes.BadAmount, 14, 58),
                (DiagnosticCodes.MissingRequired, 15, 7),
                (DiagnosticCodes.WrongUnit, 17, 27),
                (DiagnosticCodes.BadPeriod, 17, 38),
                (DiagnosticCodes.UnknownKey, 19, 24),
                (DiagnosticCodes.YearMissing, 20, 21),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
        Assert.Contains("did you mean 'alliance'?", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'instalments'?", result.Diagnostics[8].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_term_cannot_be_read_still_reports_its_other_problems()
    {
        var result = ReadAssert.Read("""
            careledger: 1
            contract:
              id: test
              name: Test contract
              model: alliance
              term: { start: April 2016, years: 3 }
            parties:
              - { id: ccg, name: A CCG, roles: [commisioner] }
            service_lines:
              - { id: elective, name: Elective care }
            baseline:
              spend:
                - { service_line: elective, provider: ccg, amount: 10m% }
            adjustments:
              - { kind: growth, rate: 2%, from: 2030/31 }
            """);

        // Without a term there is no contract, and years cannot be judged, so 2030/31 is not reported.
        Assert.Null(result.Contract);
        Assert.Equal(
            [(DiagnosticCodes.BadPeriod, 6, 18), (DiagnosticCodes.BadChoice, 8, 37), (DiagnosticCodes.WrongUnit, 13, 56)],
            result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
        Assert.Contains("did you mean 'commissioner'?", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_that_are_not_mappings_are_reported_and_the_rest_of_the_list_is_read()
    {
        var result = ReadAssert.Read(ContractFiles.With("""
            top_slices:
              - ooa
              - { id: pb, name: Personal budgets, kind: personal-budgets }
            """));

        Assert.Equal(
            [(DiagnosticCodes.WrongType, 16, 5), (DiagnosticCodes.MissingRequired, 17, 5)],
            result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
        Assert.Contains("top_slices[0]: expected a mapping of keys, found the value 'ooa'.", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("'amount' or 'rate' is required in top_slices[1].", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Equal("pb", Assert.Single(result.Contract!.TopSlices).Id.Value);
    }

    [Fact]
    public void Keys_of_the_other_mechanism_or_measure_kind_are_reported_as_not_applying()
    {
        var result = ReadAssert.Read(ContractFiles.With("""
            payment:
              variable:
                share: 2%
                mechanisms:
                  - { id: choice, kind: patient-choice, name: Choice, providers: [acute], pool: £1m, above_plan_rate: 75% }
            outcomes:
              - id: f1
                name: Framework
                outcomes:
                  - id: o1
                    name: Outcome
                    weight: 100%
                    indicators:
                      - { id: i1, name: Plan, category: planning, weight: 100%, scoring: linear }
            """));

        Assert.Equal(
            [(DiagnosticCodes.UnknownKey, 19, 90), (DiagnosticCodes.UnknownKey, 28, 69)],
            result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
        Assert.Contains("'above_plan_rate' does not apply in payment.variable.mechanisms[0]: only a volume mechanism has it.", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("'scoring' does not apply in outcomes[0].outcomes[0].indicators[0]: only a metric (measure: metric) has it.", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }
}
