using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace CareLedger.Domain.Tests.Values;

public class PercentageTests
{
    [Fact]
    public void The_default_value_is_zero_percent()
    {
        Assert.Equal(Percentage.Zero, default);
        Assert.Equal(0m, default(Percentage).Value);
        Assert.Equal("0%", default(Percentage).ToString());
    }

    // ---- parsing ----

    [Theory]
    [InlineData("1.8%", "1.8")]
    [InlineData("1.3%", "1.3")]
    [InlineData("100%", "100")]
    [InlineData("0%", "0")]
    [InlineData("-2%", "-2")] // a negative rate (deflation, a cut) is allowed: see the spec's Conventions
    [InlineData("+2.5%", "2.5")]
    [InlineData(" 2.5 % ", "2.5")]
    [InlineData("0.0125%", "0.0125")]
    [InlineData("150%", "150")]
    public void A_percentage_is_a_number_followed_by_a_percent_sign(string text, string expected)
    {
        Assert.True(Percentage.TryParse(text, out var percentage));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), percentage.Value);
        Assert.Equal(percentage, Percentage.Parse(text));
    }

    [Theory]
    [InlineData("1.8")] // could mean 1.8% or 180%: never guessed
    [InlineData("0.018")]
    [InlineData("-2")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%")]
    [InlineData("-%")]
    [InlineData("1.8%%")]
    [InlineData("%1.8")]
    [InlineData("1,000%")]
    [InlineData("1e2%")]
    [InlineData("abc%")]
    [InlineData("1.8 percent")]
    [InlineData("2/3")]
    [InlineData("\u0661.8%")] // an Arabic-Indic digit is not a digit here
    public void Text_without_a_single_trailing_percent_sign_after_a_plain_number_is_rejected(string text)
    {
        Assert.False(Percentage.TryParse(text, out var percentage));
        Assert.Equal(Percentage.Zero, percentage);
        var error = Assert.Throws<FormatException>(() => Percentage.Parse(text));
        Assert.Contains("1.8%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_not_a_percentage()
    {
        Assert.False(Percentage.TryParse(null, out _));
    }

    // ---- formatting ----

    [Theory]
    [InlineData("1.800", "1.8%")]
    [InlineData("100.00", "100%")]
    [InlineData("-2.50", "-2.5%")]
    [InlineData("0.0125", "0.0125%")]
    [InlineData("0.000", "0%")]
    [InlineData("1000000", "1000000%")]
    public void Formatting_drops_trailing_zeros(string value, string expected)
    {
        var percentage = Percentage.FromPercent(decimal.Parse(value, CultureInfo.InvariantCulture));

        Assert.Equal(expected, percentage.ToString());
    }

    [Fact]
    public void Formatting_then_parsing_gives_back_the_same_percentage()
    {
        PropertyCheck.Holds(Prop.ForAll(Percentages(), percentage => Percentage.Parse(percentage.ToString()) == percentage));
    }

    // ---- the fraction ----

    [Fact]
    public void The_fraction_is_the_percent_figure_over_a_hundred_exactly()
    {
        Assert.Equal(0.018m, Percentage.Parse("1.8%").Fraction);
        Assert.Equal(0.013m, Percentage.Parse("1.3%").Fraction);
        Assert.Equal(1m, Percentage.Hundred.Fraction);
        Assert.Equal(-0.02m, Percentage.Parse("-2%").Fraction);
        Assert.Equal(0.0033333m, Percentage.Parse("0.33333%").Fraction);
        Assert.Equal(Percentage.Parse("2.5%"), Percentage.FromFraction(0.025m));
    }

    [Fact]
    public void The_fraction_loses_no_digit_and_agrees_with_the_exact_share()
    {
        PropertyCheck.Holds(Prop.ForAll(Percentages(), percentage =>
            percentage.Fraction * 100m == percentage.Value
            && Percentage.FromFraction(percentage.Fraction) == percentage
            && Share.FromDecimal(percentage.Fraction) == percentage.ToShare()));
    }

    [Fact]
    public void As_a_share_a_percentage_is_an_exact_fraction()
    {
        Assert.Equal(Share.FromFraction(133, 200), Percentage.Parse("66.5%").ToShare());
        Assert.Equal(Share.Whole, Percentage.Hundred.ToShare());
        Assert.Equal(Share.Zero, Percentage.Zero.ToShare());
    }

    // ---- equality, ordering and arithmetic ----

    [Fact]
    public void Percentages_that_differ_only_in_trailing_zeros_are_equal_and_hash_alike()
    {
        Assert.Equal(Percentage.Parse("1.8%"), Percentage.Parse("1.80%"));
        Assert.True(Percentage.Parse("1.8%") == Percentage.FromPercent(1.800m));
        Assert.Equal(Percentage.Parse("1.8%").GetHashCode(), Percentage.Parse("1.80%").GetHashCode());
        Assert.True(Percentage.Parse("1.8%").Equals((object)Percentage.Parse("1.80%")));
        Assert.False(Percentage.Parse("1.8%").Equals((object)1.8m));
        Assert.True(Percentage.Parse("1.8%") != Percentage.Parse("18%"));
    }

    [Fact]
    public void Percentages_order_by_value()
    {
        Assert.True(Percentage.Parse("-2%") < Percentage.Zero);
        Assert.True(Percentage.Parse("2.5%") > Percentage.Parse("2.49%"));
        Assert.True(Percentage.Parse("2.5%") <= Percentage.Parse("2.50%"));
        Assert.True(Percentage.Parse("2.5%") >= Percentage.Parse("2.50%"));

        Percentage[] rates = [Percentage.Parse("15%"), Percentage.Parse("0%"), Percentage.Parse("-1%"), Percentage.Parse("10%")];
        Array.Sort(rates);
        Assert.Equal(["-1%", "0%", "10%", "15%"], rates.Select(rate => rate.ToString()));
    }

    [Fact]
    public void Percentages_add_subtract_negate_and_scale_exactly()
    {
        Assert.Equal(Percentage.Parse("100%"), Percentage.Parse("95%") + Percentage.Parse("2.5%") + Percentage.Parse("2.5%"));
        Assert.Equal(Percentage.Parse("98.2%"), Percentage.Hundred - Percentage.Parse("1.8%"));
        Assert.Equal(Percentage.Parse("-1.8%"), -Percentage.Parse("1.8%"));
        Assert.Equal(Percentage.Parse("0.9%"), Percentage.Parse("1.8%") * 0.5m);
    }

    // Percent figures with up to six decimal places, between -1,000% and 1,000%.
    private static Arbitrary<Percentage> Percentages() =>
        Gen.Choose(-1_000_000_000, 1_000_000_000)
            .Zip(Gen.Choose(0, 6), (digits, scale) => Percentage.FromPercent(new decimal(Math.Abs(digits), 0, 0, digits < 0, (byte)scale)))
            .ToArbitrary();
}
