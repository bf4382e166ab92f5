using CareLedger.Domain.Periods;
using FsCheck.Fluent;

namespace CareLedger.Domain.Tests.Values;

public class ContractCalendarTests
{
    private static ContractCalendar Calendar(string start, int termMonths, int yearStartMonth) =>
        new(YearMonth.Parse(start), termMonths, yearStartMonth);

    private static YearMonth[] Months(params string[] months) => months.Select(YearMonth.Parse).ToArray();

    // ---- years ----

    [Fact]
    public void Three_years_from_april_are_three_whole_financial_years()
    {
        var calendar = Calendar("2016-04", 36, 4);

        Assert.Equal(["2016/17", "2017/18", "2018/19"], calendar.Years.Select(year => year.Label));
        Assert.Equal([1, 2, 3], calendar.Years.Select(year => year.Number));
        Assert.All(calendar.Years, year => Assert.False(year.IsPartial));
        Assert.All(calendar.Years, year => Assert.Equal(12, year.CoveredMonths));
        Assert.Equal(YearMonth.Parse("2017-04"), calendar.Years[1].Anchor);
        Assert.Equal(YearMonth.Parse("2017-04"), calendar.Years[1].FirstCovered);
        Assert.Equal(YearMonth.Parse("2016-04"), calendar.Start);
        Assert.Equal(YearMonth.Parse("2019-04"), calendar.End);
        Assert.Equal(36, calendar.TermMonths);
        Assert.Equal(4, calendar.YearStartMonth);
    }

    [Fact]
    public void Years_starting_in_january_are_labelled_by_the_calendar_year()
    {
        var calendar = Calendar("2014-01", 36, 1);

        Assert.Equal(["2014", "2015", "2016"], calendar.Years.Select(year => year.Label));
        Assert.Equal("2014", calendar.Years[0].ToString());
    }

    [Fact]
    public void A_label_spanning_a_century_keeps_two_digits()
    {
        Assert.Equal("1999/00", Calendar("1999-04", 12, 4).Years[0].Label);
    }

    [Fact]
    public void A_term_starting_in_october_with_april_years_has_a_partial_first_year_of_six_months()
    {
        var calendar = Calendar("2014-10", 36, 4);
        var first = calendar.Years[0];

        Assert.Equal(["2014/15", "2015/16", "2016/17", "2017/18"], calendar.Years.Select(year => year.Label));
        Assert.Equal([6, 12, 12, 6], calendar.Years.Select(year => year.CoveredMonths));
        Assert.True(first.IsPartial);
        Assert.Equal(YearMonth.Parse("2014-04"), first.Anchor);
        Assert.Equal(YearMonth.Parse("2014-10"), first.FirstCovered);
        Assert.Equal(7, first.MonthNumberOf(YearMonth.Parse("2014-10")));
        Assert.True(calendar.Years[^1].IsPartial);
    }

    [Fact]
    public void Three_and_a_half_years_with_years_from_the_start_month_end_in_a_six_month_year()
    {
        // year_start_month defaults to the start month (October), so the years run October to September.
        var calendar = Calendar("2014-10", 42, 10);
        var last = calendar.Years[^1];

        Assert.Equal(["2014/15", "2015/16", "2016/17", "2017/18"], calendar.Years.Select(year => year.Label));
        Assert.Equal([12, 12, 12, 6], calendar.Years.Select(year => year.CoveredMonths));
        Assert.Equal(4, last.Number);
        Assert.Equal(YearMonth.Parse("2017-10"), last.FirstCovered);
        Assert.Equal(YearMonth.Parse("2018-04"), calendar.End);
        Assert.True(last.Covers(YearMonth.Parse("2018-03")));
        Assert.False(last.Covers(YearMonth.Parse("2018-04")));
    }

    [Fact]
    public void Every_month_of_any_term_falls_in_exactly_one_year()
    {
        var calendars =
            from year in Gen.Choose(1990, 2060)
            from month in Gen.Choose(1, 12)
            from termMonths in Gen.Choose(1, 240)
            from yearStartMonth in Gen.Choose(1, 12)
            select new ContractCalendar(new YearMonth(year, month), termMonths, yearStartMonth);

        PropertyCheck.Holds(Prop.ForAll(calendars.ToArbitrary(), calendar =>
        {
            var years = calendar.Years;
            var termMonths = Enumerable.Range(0, calendar.TermMonths).Select(calendar.Start.AddMonths).ToArray();
            return years.Sum(year => year.CoveredMonths) == calendar.TermMonths
                && years.All(year => year.CoveredMonths is >= 1 and <= 12 && year.Anchor.Month == calendar.YearStartMonth)
                && years.Select((year, i) => year.Number == i + 1).All(numbered => numbered)
                && years.Zip(years.Skip(1), (earlier, later) => earlier.FirstCovered.AddMonths(earlier.CoveredMonths) == later.FirstCovered).All(contiguous => contiguous)
                && years.Select(year => year.Label).Distinct().Count() == years.Count
                && termMonths.All(month => years.Count(year => year.Covers(month)) == 1 && calendar.YearContaining(month).Covers(month))
                && years.All(year => year.Months().Select(month => month.CoveredMonths().Single())
                    .SequenceEqual(Enumerable.Range(0, year.CoveredMonths).Select(year.FirstCovered.AddMonths)));
        }), tests: 300);
    }

    [Fact]
    public void The_year_containing_a_month_outside_the_term_is_a_caller_bug()
    {
        var calendar = Calendar("2016-04", 36, 4);

        Assert.Equal("2017/18", calendar.YearContaining(YearMonth.Parse("2018-03")).Label);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.YearContaining(YearMonth.Parse("2016-03")));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.YearContaining(YearMonth.Parse("2019-04")));
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(-12, 4)]
    [InlineData(12, 0)]
    [InlineData(12, 13)]
    public void A_term_needs_at_least_a_month_and_a_real_year_start_month(int termMonths, int yearStartMonth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar("2016-04", termMonths, yearStartMonth));
    }

    // ---- reading labels ----

    [Fact]
    public void A_year_label_reads_as_that_year()
    {
        var calendar = Calendar("2016-04", 36, 4);

        Assert.True(calendar.TryParse("2016/17", out var period, out var error));
        Assert.Equal(string.Empty, error);
        Assert.Equal(PeriodKind.Year, period!.Kind);
        Assert.Equal(1, period.Number);
        Assert.Same(calendar.Years[0], period.Year);
        Assert.Equal("2016/17", period.Label);
        Assert.Equal(12, period.CoveredMonths().Count());
        Assert.Equal(calendar.Years[0].AsPeriod(), period);
    }

    [Fact]
    public void A_quarter_label_counts_quarters_from_the_year_s_first_month()
    {
        var calendar = Calendar("2016-04", 36, 4);

        Assert.True(calendar.TryParse("2016/17-Q1", out var q1, out _));
        Assert.Equal(PeriodKind.Quarter, q1!.Kind);
        Assert.Equal(Months("2016-04", "2016-05", "2016-06"), q1.CoveredMonths());
        Assert.Equal("2016/17-Q1", q1.ToString());

        Assert.True(calendar.TryParse("2017/18-Q4", out var q4, out _));
        Assert.Equal(Months("2018-01", "2018-02", "2018-03"), q4!.CoveredMonths());
    }

    [Fact]
    public void A_month_label_counts_months_from_the_year_s_first_month()
    {
        var calendar = Calendar("2016-04", 36, 4);

        Assert.True(calendar.TryParse("2016/17-M01", out var april, out _));
        Assert.Equal(PeriodKind.Month, april!.Kind);
        Assert.Equal(Months("2016-04"), april.CoveredMonths());
        Assert.Equal("2016/17-M01", april.Label);

        Assert.True(calendar.TryParse(" 2016/17-M12 ", out var march, out _));
        Assert.Equal(Months("2017-03"), march!.CoveredMonths());
    }

    [Fact]
    public void Labels_of_a_january_contract_are_plain_years()
    {
        var calendar = Calendar("2014-01", 36, 1);

        Assert.True(calendar.TryParse("2015", out var year, out _));
        Assert.Equal(2, year!.Year.Number);
        Assert.True(calendar.TryParse("2015-Q2", out var quarter, out _));
        Assert.Equal(Months("2015-04", "2015-05", "2015-06"), quarter!.CoveredMonths());
        Assert.True(calendar.TryParse("2016-M12", out var december, out _));
        Assert.Equal(Months("2016-12"), december!.CoveredMonths());
    }

    [Theory]
    [InlineData("2016/18", "'2016/18' is not a year of this contract: its years start in April, so write '2016/17'.")]
    [InlineData("2014", "'2014' is not a year of this contract: its years start in April, so write '2014/15'.")]
    [InlineData("2030/31", "'2030/31' is outside the contract term (2016/17 to 2018/19).")]
    [InlineData("2015/16", "'2015/16' is outside the contract term (2016/17 to 2018/19).")]
    [InlineData("2030/31-Q1", "'2030/31' is outside the contract term (2016/17 to 2018/19).")]
    [InlineData("2016/17-Q5", "'2016/17-Q5' is not a contract period; write a year as 2016/17, a quarter as 2016/17-Q1 or a month as 2016/17-M01.")]
    [InlineData("2016/17-M13", "'2016/17-M13' is not a contract period; write a year as 2016/17, a quarter as 2016/17-Q1 or a month as 2016/17-M01.")]
    [InlineData("2016/17-M1", "'2016/17-M1' is not a contract period; write a year as 2016/17, a quarter as 2016/17-Q1 or a month as 2016/17-M01.")]
    [InlineData("2016-17", "'2016-17' is not a contract period; write a year as 2016/17, a quarter as 2016/17-Q1 or a month as 2016/17-M01.")]
    [InlineData("", "'' is not a contract period; write a year as 2016/17, a quarter as 2016/17-Q1 or a month as 2016/17-M01.")]
    public void A_label_that_is_not_a_period_of_the_contract_says_what_to_write(string label, string expected)
    {
        var calendar = Calendar("2016-04", 36, 4);

        Assert.False(calendar.TryParse(label, out var period, out var error));
        Assert.Null(period);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void A_year_label_on_a_january_contract_must_be_the_plain_year()
    {
        var calendar = Calendar("2014-01", 36, 1);

        Assert.False(calendar.TryParse("2014/15", out _, out var error));
        Assert.Equal("'2014/15' is not a year of this contract: its years start in January, so write '2014'.", error);
    }

    [Fact]
    public void Null_is_not_a_period()
    {
        Assert.False(Calendar("2016-04", 36, 4).TryParse(null, out var period, out var error));
        Assert.Null(period);
        Assert.StartsWith("'' is not a contract period", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0662\u0660\u0661\u0666/\u0661\u0667")] // "2016/17" in Arabic-Indic digits
    [InlineData("\u0662\u0660\u0661\u0666")]
    [InlineData("2016/17-Q\u0661")]
    [InlineData("2016/17-M0\u0661")]
    [InlineData("２０１６/１７")] // full-width digits
    public void Digits_other_than_ascii_are_not_a_period_rather_than_a_crash(string label)
    {
        var calendar = Calendar("2016-04", 36, 4);

        Assert.False(calendar.TryParse(label, out var period, out var error));
        Assert.Null(period);
        Assert.Contains("is not a contract period", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarter_or_month_of_a_partial_year_outside_the_term_says_when_the_term_runs()
    {
        var calendar = Calendar("2014-10", 36, 4);

        Assert.False(calendar.TryParse("2014/15-Q1", out var quarter, out var error));
        Assert.Null(quarter);
        Assert.Equal("'2014/15-Q1' falls outside the contract term, which runs Oct 2014 to Sep 2017.", error);

        Assert.False(calendar.TryParse("2014/15-M06", out _, out error));
        Assert.Equal("'2014/15-M06' falls outside the contract term, which runs Oct 2014 to Sep 2017.", error);

        Assert.False(calendar.TryParse("2017/18-Q3", out _, out error));
        Assert.Equal("'2017/18-Q3' falls outside the contract term, which runs Oct 2014 to Sep 2017.", error);
    }

    [Fact]
    public void Reading_a_year_rejects_quarters_and_months()
    {
        var calendar = Calendar("2016-04", 36, 4);

        Assert.True(calendar.TryParseYear("2017/18", out var year, out var error));
        Assert.Same(calendar.Years[1], year);
        Assert.Equal(string.Empty, error);

        Assert.False(calendar.TryParseYear("2016/17-Q1", out year, out error));
        Assert.Null(year);
        Assert.Equal("'2016/17-Q1' is a quarter; a contract year such as 2016/17 is needed here.", error);

        Assert.False(calendar.TryParseYear("2016/17-M01", out _, out error));
        Assert.Equal("'2016/17-M01' is a month; a contract year such as 2016/17 is needed here.", error);

        Assert.False(calendar.TryParseYear("2016/18", out _, out error));
        Assert.Equal("'2016/18' is not a year of this contract: its years start in April, so write '2016/17'.", error);
    }

    // ---- quarters and months of a partial year ----

    [Fact]
    public void A_partial_first_year_has_only_the_quarters_and_months_the_term_covers()
    {
        var calendar = Calendar("2014-10", 36, 4);
        var first = calendar.Years[0];
        var last = calendar.Years[^1];

        Assert.Equal(["2014/15-Q3", "2014/15-Q4"], first.Quarters().Select(quarter => quarter.Label));
        Assert.Equal(["2014/15-M07", "2014/15-M08", "2014/15-M09", "2014/15-M10", "2014/15-M11", "2014/15-M12"], first.Months().Select(month => month.Label));
        Assert.Equal(Months("2014-10", "2014-11", "2014-12", "2015-01", "2015-02", "2015-03"), first.AsPeriod().CoveredMonths());
        Assert.Equal(["2017/18-Q1", "2017/18-Q2"], last.Quarters().Select(quarter => quarter.Label));
        Assert.Equal(Months("2017-04", "2017-05", "2017-06", "2017-07", "2017-08", "2017-09"), last.AsPeriod().CoveredMonths());
    }

    [Fact]
    public void A_quarter_the_term_starts_inside_covers_only_its_months_in_the_term()
    {
        var calendar = Calendar("2014-11", 36, 4);
        var first = calendar.Years[0];

        Assert.Equal(5, first.CoveredMonths);
        Assert.Equal(["2014/15-Q3", "2014/15-Q4"], first.Quarters().Select(quarter => quarter.Label));
        Assert.True(calendar.TryParse("2014/15-Q3", out var quarter, out _));
        Assert.Equal(Months("2014-11", "2014-12"), quarter!.CoveredMonths());
        Assert.Equal(["2014/15-M08", "2014/15-M09", "2014/15-M10", "2014/15-M11", "2014/15-M12"], first.Months().Select(month => month.Label));
    }

    [Fact]
    public void Quarters_and_months_of_a_whole_year_are_all_there_in_order()
    {
        var year = Calendar("2016-04", 36, 4).Years[0];

        Assert.Equal(["2016/17-Q1", "2016/17-Q2", "2016/17-Q3", "2016/17-Q4"], year.Quarters().Select(quarter => quarter.Label));
        Assert.Equal(
            Enumerable.Range(0, 12).Select(YearMonth.Parse("2016-04").AddMonths),
            year.Months().SelectMany(month => month.CoveredMonths()));
        Assert.Equal(
            year.AsPeriod().CoveredMonths(),
            year.Quarters().SelectMany(quarter => quarter.CoveredMonths()));
    }
}
