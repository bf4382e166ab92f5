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
    [InlineData("KWD", 3, "KWD ")]
    [InlineData("ISK", 0, "ISK ")]
    [InlineData("XOF", 0, "XOF ")]
    [InlineData("CLF", 4, "CLF ")]
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

    [Theory]
    [InlineData("ABC")]
    [InlineData("GBX")]
    [InlineData("XAU")]
    [InlineData("XXX")]
    [InlineData("XTS")]
    [InlineData("XDR")]
    [InlineData("BGN")]
    [InlineData("HRK")]
    [InlineData("ZWL")]
    public void Three_capital_letters_that_are_not_an_active_ISO_4217_code_are_not_a_currency(string text)
    {
        Assert.False(Currency.TryParse(text, out var currency));
        Assert.Equal(Currency.Gbp, currency);
        var error = Assert.Throws<FormatException>(() => Currency.Parse(text));
        Assert.Contains("not an active ISO 4217 currency code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_currency_reads_back_from_its_code_as_the_same_value()
    {
        Assert.All(Currency.All, currency =>
        {
            Assert.Equal(currency, Currency.Parse(currency.Code));
            Assert.Equal(currency.GetHashCode(), Currency.Parse(currency.Code).GetHashCode());
            Assert.Equal(currency.Code, currency.ToString());
        });
        Assert.Equal(Currency.All.Count, Currency.All.Distinct().Count());
    }

    [Fact]
    public void Every_currency_has_a_minor_unit_of_zero_to_four_digits_and_the_matching_scale()
    {
        Assert.All(Currency.All, currency =>
        {
            Assert.InRange(currency.MinorUnits, 0, 4);
            Assert.Equal(Enumerable.Repeat(10m, currency.MinorUnits).Aggregate(1m, (scale, ten) => scale * ten), currency.MinorUnitScale);
        });
    }

    [Fact]
    public void The_ISO_table_is_in_code_order_with_no_code_twice()
    {
        var codes = Currency.All.Select(currency => currency.Code).ToArray();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^[A-Z]{3}$", code));
        Assert.Contains("GBP", codes);
    }

    [Fact]
    public void Pounds_euros_and_dollars_have_their_symbols_and_every_other_currency_prints_its_code()
    {
        Assert.Equal(["£", "€", "$"], new[] { Currency.Gbp, Currency.Eur, Currency.Usd }.Select(currency => currency.Symbol));
        Assert.All(Currency.All.Except([Currency.Gbp, Currency.Eur, Currency.Usd]), currency => Assert.Equal(currency.Code + " ", currency.Symbol));
    }
}
