using CareLedger.Domain;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

public class CurrencyReadingTests
{
    // The currency is on line 6, its value from column 13.
    private static string File(string currency, string amount = "10000000") => $$"""
        careledger: 1
        contract:
          id: test
          name: Test contract
          model: alliance
          currency: {{currency}}
          term: { start: 2016-04, years: 3 }
        parties:
          - { id: ccg, name: A CCG, roles: [commissioner] }
        service_lines:
          - { id: elective, name: Elective care }
        baseline:
          spend:
            - { service_line: elective, provider: ccg, amount: {{amount}} }
        """;

    [Theory]
    [InlineData("GPB", "did you mean 'GBP'?")]
    [InlineData("GBR", "did you mean 'GBP'?")]
    [InlineData("gbp", "did you mean 'GBP'?")]
    [InlineData("ERU", "did you mean 'EUR'?")]
    [InlineData("UDS", "did you mean 'USD'?")]
    [InlineData("SEKK", "did you mean 'SEK'?")]
    public void A_code_close_to_an_ISO_4217_code_is_a_bad_choice_with_a_suggestion(string written, string suggestion) =>
        ReadAssert.Only(
            File(written),
            DiagnosticCodes.BadChoice,
            6,
            13,
            $"contract.currency: '{written}' is not an active ISO 4217 currency code; {suggestion}");

    [Theory]
    [InlineData("ABC")]
    [InlineData("pounds")]
    [InlineData("£")]
    public void A_code_far_from_every_ISO_4217_code_names_some_that_are(string written) =>
        ReadAssert.Only(
            File(written),
            DiagnosticCodes.BadChoice,
            6,
            13,
            $"contract.currency: '{written}' is not an active ISO 4217 currency code; write one such as GBP, EUR or USD.");

    [Fact]
    public void A_withdrawn_currency_is_not_a_currency() =>
        ReadAssert.Only(File("ZWL"), DiagnosticCodes.BadChoice, 6, 13, "'ZWL' is not an active ISO 4217 currency code");

    [Fact]
    public void Yen_amounts_are_whole_yen()
    {
        var contract = ReadAssert.Clean(File("JPY", "2650000000")).Contract!;

        Assert.Equal(new Money(2_650_000_000m, Currency.Parse("JPY")), contract.Baseline.Cells[0].Amount);
        ReadAssert.Only(File("JPY", "2650000000.5"), DiagnosticCodes.BadAmount, 14, 56, "has more than 0 decimal places; JPY amounts are exact to the whole unit");
    }

    [Fact]
    public void Kuwaiti_dinar_amounts_have_three_decimal_places()
    {
        var contract = ReadAssert.Clean(File("KWD", "1000000.125")).Contract!;

        Assert.Equal(new Money(1_000_000.125m, Currency.Parse("KWD")), contract.Baseline.Cells[0].Amount);
        Assert.Equal(3, contract.Currency.MinorUnits);
    }
}
