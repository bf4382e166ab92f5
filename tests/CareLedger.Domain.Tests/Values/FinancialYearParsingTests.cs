using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Tests.Values;

/// <summary>Reading a year label as a financial year: the term's years, and years before (or after) the term.</summary>
public class FinancialYearParsingTests
{
    // April years, 2016/17 to 2018/19.
    private static readonly ContractCalendar AprilYears = new(YearMonth.Parse("2016-04"), 36, 4);

    // Calendar years, 2014 to 2016.
    private static readonly ContractCalendar CalendarYears = new(YearMonth.Parse("2014-01"), 36, 1);

    [Theory]
    [InlineData("2016/17", "2016-04")]
    [InlineData("2015/16", "2015-04")]
    [InlineData("2013/14", "2013-04")]
    [InlineData(" 2020/21 ", "2020-04")]
    public void A_year_label_reads_as_its_twelve_months_inside_the_term_or_not(string label, string start)
    {
        Assert.True(AprilYears.TryParseFinancialYear(label, out var year, out var error), error);

        Assert.Equal(new FinancialYear(YearMonth.Parse(start)), year);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void A_calendar_year_contract_reads_four_digit_years()
    {
        Assert.True(CalendarYears.TryParseFinancialYear("2013", out var year, out _));

        Assert.Equal(new FinancialYear(YearMonth.Parse("2013-01")), year);
    }

    [Theory]
    [InlineData("2015", "'2015' is not a year of this contract: its years start in April, so write '2015/16'.")]
    [InlineData("2015/17", "'2015/17' is not a year of this contract: its years start in April, so write '2015/16'.")]
    public void A_label_in_the_wrong_form_says_how_the_contract_writes_it(string label, string message)
    {
        Assert.False(AprilYears.TryParseFinancialYear(label, out var year, out var error));

        Assert.Equal(message, error);
        Assert.Equal(default, year);
    }

    [Fact]
    public void A_financial_year_label_in_a_calendar_year_contract_says_to_write_the_calendar_year()
    {
        Assert.False(CalendarYears.TryParseFinancialYear("2013/14", out _, out var error));

        Assert.Equal("'2013/14' is not a year of this contract: its years start in January, so write '2013'.", error);
    }

    [Theory]
    [InlineData("2015/16 outturn")]
    [InlineData("2016/17-Q1")]
    [InlineData("2016/17-M01")]
    [InlineData("last year")]
    [InlineData("0000/01")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_year_label_is_not_a_year(string? label)
    {
        Assert.False(AprilYears.TryParseFinancialYear(label, out var year, out var error));

        Assert.Equal($"'{label?.Trim()}' is not a year; write it as 2016/17.", error);
        Assert.Equal(default, year);
    }
}
