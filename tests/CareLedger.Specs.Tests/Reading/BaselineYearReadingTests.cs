using CareLedger.Domain.Periods;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Reading;

public class BaselineYearReadingTests
{
    // Lines 1–11; the contract runs April 2016 to March 2019. Line 12 is the base year under test, its value from column 14.
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

        """;

    private const string Spend = """

          spend:
            - { service_line: elective, provider: ccg, amount: £10m }
        """;

    [Fact]
    public void The_base_year_reads_as_a_year_and_the_description_as_words()
    {
        var baseline = ReadAssert.Clean(Header + "  base_year: 2015/16\n  description: Outturn, month 12 return" + Spend).Contract!.Baseline;

        Assert.Equal(new FinancialYear(new YearMonth(2015, 4)), baseline.BaseYear);
        Assert.Equal("Outturn, month 12 return", baseline.Description);
    }

    [Theory]
    [InlineData("2016/17")]
    [InlineData("2015/16")]
    [InlineData("2009/10")]
    public void The_base_year_is_the_first_contract_year_or_any_year_before_it(string year)
    {
        var baseline = ReadAssert.Clean(Header + $"  base_year: {year}" + Spend).Contract!.Baseline;

        Assert.Equal(year, baseline.BaseYear!.Value.Label);
        Assert.Null(baseline.Description);
    }

    [Fact]
    public void A_baseline_may_be_described_without_a_year()
    {
        var baseline = ReadAssert.Clean(Header + "  description: Current CCG spend" + Spend).Contract!.Baseline;

        Assert.Null(baseline.BaseYear);
        Assert.Equal("Current CCG spend", baseline.Description);
    }

    [Fact]
    public void A_base_year_with_words_in_it_is_a_bad_period_that_says_where_the_words_go() =>
        ReadAssert.Only(
            Header + "  base_year: 2015/16 outturn" + Spend,
            DiagnosticCodes.BadPeriod,
            12,
            14,
            "baseline.base_year: '2015/16 outturn' is not a year; write it as 2016/17. Words about the spend go in 'description'.");

    [Fact]
    public void A_base_year_after_the_first_contract_year_is_a_bad_period() =>
        ReadAssert.Only(
            Header + "  base_year: 2017/18" + Spend,
            DiagnosticCodes.BadPeriod,
            12,
            14,
            "baseline.base_year: '2017/18' is after the contract's first year; the baseline is the spend the first year's budget starts from, so its year is 2016/17 or earlier.");

    [Fact]
    public void A_base_year_written_as_a_calendar_year_in_a_financial_year_contract_says_how_to_write_it() =>
        ReadAssert.Only(
            Header + "  base_year: 2015" + Spend,
            DiagnosticCodes.BadPeriod,
            12,
            14,
            "baseline.base_year: '2015' is not a year of this contract: its years start in April, so write '2015/16'.");

    [Fact]
    public void A_quarter_is_not_a_base_year() =>
        ReadAssert.Only(
            Header + "  base_year: 2015/16-Q4" + Spend,
            DiagnosticCodes.BadPeriod,
            12,
            14,
            "baseline.base_year: '2015/16-Q4' is not a year; write it as 2016/17.");
}
