namespace CareLedger.Domain.Tests.Values;

public class DisplayRoundingTests
{
    [Theory]
    [InlineData("0.125", 2, "0.13")] // even neighbour below (0.12): banker's rounding would go down
    [InlineData("0.135", 2, "0.14")] // odd neighbour below (0.13): both rules go up
    [InlineData("0.145", 2, "0.15")]
    [InlineData("2.5", 0, "3")]
    [InlineData("3.5", 0, "4")]
    [InlineData("-0.125", 2, "-0.13")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("33.333333", 2, "33.33")]
    [InlineData("66.666666", 2, "66.67")]
    [InlineData("0.1234565", 6, "0.123457")]
    [InlineData("0.1234575", 6, "0.123458")]
    public void Halves_go_away_from_zero_on_odd_and_even_midpoints_alike(string value, int decimals, string expected)
    {
        Assert.Equal(Parse(expected), DisplayRounding.Round(Parse(value), decimals));
    }

    [Fact]
    public void The_stated_rule_is_away_from_zero_and_differs_from_banker_s_rounding_on_even_midpoints()
    {
        Assert.Equal(MidpointRounding.AwayFromZero, DisplayRounding.Midpoint);
        Assert.Equal(0.12m, decimal.Round(0.125m, 2, MidpointRounding.ToEven));
        Assert.Equal(0.13m, DisplayRounding.Round(0.125m, 2));
    }

    [Fact]
    public void A_value_with_no_more_digits_than_asked_for_is_unchanged()
    {
        Assert.Equal(12.5m, DisplayRounding.Round(12.5m, 2));
        Assert.Equal("12.5", DisplayRounding.Round(12.5m, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
