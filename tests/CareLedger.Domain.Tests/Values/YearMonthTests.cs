using CareLedger.Domain.Periods;
using FsCheck.Fluent;

namespace CareLedger.Domain.Tests.Values;

public class YearMonthTests
{
    [Fact]
    public void The_default_value_is_january_of_year_one()
    {
        Assert.Equal(new YearMonth(1, 1), default);
        Assert.Equal("0001-01", default(YearMonth).ToString());
    }

    [Theory]
    [InlineData("2016-04", 2016, 4)]
    [InlineData("2014-10", 2014, 10)]
    [InlineData("0001-01", 1, 1)]
    [InlineData("9999-12", 9999, 12)]
    public void A_month_is_written_year_dash_two_digit_month(string text, int year, int month)
    {
        Assert.True(YearMonth.TryParse(text, out var value));
        Assert.Equal(year, value.Year);
        Assert.Equal(month, value.Month);
        Assert.Equal(value, YearMonth.Parse(text));
        Assert.Equal(text, value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2016-4")]
    [InlineData("2016-13")]
    [InlineData("2016-00")]
    [InlineData("0000-04")]
    [InlineData("16-04")]
    [InlineData("2016/04")]
    [InlineData("2016-04-01")]
    [InlineData(" 2016-04")]
    [InlineData("2016-04 ")]
    [InlineData("+016-04")]
    [InlineData("2016--4")]
    [InlineData("April 2016")]
    [InlineData("\u0662\u0660\u0661\u0666-04")] // Arabic-Indic digits
    public void Anything_else_is_not_a_month(string? text)
    {
        Assert.False(YearMonth.TryParse(text, out var value));
        Assert.Equal(default, value);
        var error = Assert.Throws<FormatException>(() => YearMonth.Parse(text!));
        Assert.Contains("2016-04", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    [InlineData(2016, 0)]
    [InlineData(2016, 13)]
    public void Constructing_an_impossible_month_is_a_caller_bug(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(year, month));
    }

    [Fact]
    public void The_display_form_is_the_short_month_name_and_year()
    {
        Assert.Equal("Apr 2016", new YearMonth(2016, 4).ToDisplayString());
        Assert.Equal("Dec 2014", new YearMonth(2014, 12).ToDisplayString());
    }

    [Theory]
    [InlineData("2016-04", 0, "2016-04")]
    [InlineData("2016-04", 11, "2017-03")]
    [InlineData("2016-11", 3, "2017-02")]
    [InlineData("2016-12", 1, "2017-01")]
    [InlineData("2017-01", -1, "2016-12")]
    [InlineData("2017-02", -3, "2016-11")]
    [InlineData("2014-10", 42, "2018-04")]
    [InlineData("2016-04", -24, "2014-04")]
    public void Adding_months_carries_across_years(string start, int months, string expected)
    {
        Assert.Equal(YearMonth.Parse(expected), YearMonth.Parse(start).AddMonths(months));
    }

    [Fact]
    public void Adding_months_past_the_calendar_s_ends_is_a_caller_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(9999, 12).AddMonths(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(1, 1).AddMonths(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearMonth(1, 1).AddMonths(-13));
    }

    [Fact]
    public void Months_until_counts_whole_months_forward_and_is_negative_backward()
    {
        Assert.Equal(11, new YearMonth(2016, 4).MonthsUntil(new YearMonth(2017, 3)));
        Assert.Equal(12, new YearMonth(2016, 4).MonthsUntil(new YearMonth(2017, 4)));
        Assert.Equal(0, new YearMonth(2016, 4).MonthsUntil(new YearMonth(2016, 4)));
        Assert.Equal(-6, new YearMonth(2015, 4).MonthsUntil(new YearMonth(2014, 10)));
    }

    [Fact]
    public void Adding_months_and_counting_them_are_inverse()
    {
        var months = Gen.Choose(1, 9999).Zip(Gen.Choose(1, 12), (year, month) => new YearMonth(year, month)).ToArbitrary();
        var offsets = Gen.Choose(-5_000, 5_000).ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(months, months, (a, b) =>
            a.AddMonths(a.MonthsUntil(b)) == b
            && Math.Sign(a.MonthsUntil(b)) == Math.Sign(a.CompareTo(b)) * -1
            && YearMonth.Parse(a.ToString()) == a));
        PropertyCheck.Holds(Prop.ForAll(months, offsets, (month, offset) =>
        {
            var later = new YearMonth(Math.Clamp(month.Year, 1000, 8000), month.Month);
            return later.MonthsUntil(later.AddMonths(offset)) == offset;
        }));
    }

    [Fact]
    public void Months_order_by_time()
    {
        Assert.True(new YearMonth(2016, 12) < new YearMonth(2017, 1));
        Assert.True(new YearMonth(2017, 1) > new YearMonth(2016, 12));
        Assert.True(new YearMonth(2016, 4) <= new YearMonth(2016, 4));
        Assert.True(new YearMonth(2016, 4) >= new YearMonth(2016, 4));
        Assert.True(new YearMonth(2016, 4) != new YearMonth(2017, 4));
        Assert.Equal(new YearMonth(2016, 4).GetHashCode(), YearMonth.Parse("2016-04").GetHashCode());
        Assert.True(new YearMonth(2016, 4).Equals((object)YearMonth.Parse("2016-04")));
        Assert.False(new YearMonth(2016, 4).Equals((object)"2016-04"));

        YearMonth[] months = [new(2017, 1), new(2016, 12), new(2016, 4)];
        Array.Sort(months);
        Assert.Equal(["2016-04", "2016-12", "2017-01"], months.Select(month => month.ToString()));
    }
}
