using CareLedger.Domain.Periods;

namespace CareLedger.Domain.Tests.Values;

public class FinancialYearTests
{
    private static FinancialYear StartingIn(string month) => new(YearMonth.Parse(month));

    [Fact]
    public void The_default_value_is_the_year_starting_january_of_year_one()
    {
        Assert.Equal(new YearMonth(1, 1), default(FinancialYear).Start);
        Assert.Equal("0001", default(FinancialYear).Label);
    }

    [Theory]
    [InlineData("2015-04", "2015/16")]
    [InlineData("2014-03", "2014/15")]
    [InlineData("1999-04", "1999/00")]
    [InlineData("2015-01", "2015")]
    public void A_year_is_labelled_the_way_contract_years_are(string start, string label)
    {
        Assert.Equal(label, StartingIn(start).Label);
        Assert.Equal(label, StartingIn(start).ToString());
    }

    [Fact]
    public void A_year_holds_its_twelve_months_and_no_others()
    {
        var year = StartingIn("2015-04");

        Assert.True(year.Contains(YearMonth.Parse("2015-04")));
        Assert.True(year.Contains(YearMonth.Parse("2016-03")));
        Assert.False(year.Contains(YearMonth.Parse("2015-03")));
        Assert.False(year.Contains(YearMonth.Parse("2016-04")));
    }

    [Fact]
    public void A_contract_year_is_the_financial_year_with_the_same_anchor_even_when_the_term_covers_part_of_it()
    {
        var calendar = new ContractCalendar(YearMonth.Parse("2014-10"), 42, 4);

        Assert.Equal(StartingIn("2014-04"), FinancialYear.Of(calendar.Years[0]));
        Assert.Equal("2014/15", FinancialYear.Of(calendar.Years[0]).Label);
        Assert.Equal(StartingIn("2017-04"), FinancialYear.Of(calendar.Years[^1]));
    }

    [Fact]
    public void Years_are_equal_by_their_first_month_and_ordered_by_it()
    {
        Assert.Equal(StartingIn("2015-04"), StartingIn("2015-04"));
        Assert.Equal(StartingIn("2015-04").GetHashCode(), StartingIn("2015-04").GetHashCode());
        Assert.NotEqual(StartingIn("2015-04"), StartingIn("2015-01"));
        Assert.True(StartingIn("2014-04") < StartingIn("2015-04"));
        Assert.True(StartingIn("2015-04") <= StartingIn("2015-04"));
        Assert.True(StartingIn("2016-04") > StartingIn("2015-04"));
        Assert.True(StartingIn("2015-04") >= StartingIn("2015-04"));
        Assert.True(StartingIn("2015-04") != StartingIn("2016-04"));
        Assert.Equal(-1, StartingIn("2014-04").CompareTo(StartingIn("2015-04")));
        Assert.False(StartingIn("2015-04").Equals((object)"2015/16"));
    }
}
