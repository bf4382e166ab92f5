namespace CareLedger.Domain.Tests.Values;

public class CurrencyTests
{
    [Fact]
    public void The_default_value_is_pounds_sterling()
    {
        Assert.Equal("GBP", default(Currency).Code);
        Assert.Equal(Currency.Gbp, default);
        Assert.Equal(Currency.Gbp, Currency.Parse("GBP"));
        Assert.Equal(Currency.Gbp.GetHashCode(), Currency.Parse("GBP").GetHashCode());
    }

    [Theory]
    [InlineData("GBP", 2, "£")]
    [InlineData("EUR", 2, "€")]
    [InlineData("USD", 2, "$")]
    [InlineData("JPY", 0, "JPY ")]
    [InlineData("BHD", 3, "BHD ")]
    [InlineData("CHF", 2, "CHF ")]
    public void Each_currency_knows_its_minor_digits_and_symbol(string code, int minorUnits, string symbol)
    {
        var currency = Currency.Parse(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(code, currency.ToString());
        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.Equal(symbol, currency.Symbol);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("gbp")]
    [InlineData("GB")]
    [InlineData("GBPX")]
    [InlineData(" GBP")]
    [InlineData("£")]
    [InlineData("G1P")]
    public void Anything_but_three_capital_letters_is_not_a_currency(string? text)
    {
        Assert.False(Currency.TryParse(text, out var currency));
        Assert.Equal(Currency.Gbp, currency);
        Assert.Throws<FormatException>(() => Currency.Parse(text!));
    }

    [Fact]
    public void Currencies_are_equal_by_code()
    {
        Assert.Equal(Currency.Eur, Currency.Parse("EUR"));
        Assert.NotEqual(Currency.Eur, Currency.Usd);
        Assert.True(Currency.Usd != Currency.Gbp);
        Assert.False(Currency.Eur.Equals((object)"EUR"));
    }
}
