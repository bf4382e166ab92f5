using CareLedger.Application.Csv;
using CareLedger.Cli.Output;
using CareLedger.Domain;

namespace CareLedger.Cli.Tests.Output;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("-1250", "-1250.00")]
    [InlineData("26500000", "26500000.00")]
    [InlineData("0.5", "0.50")]
    [InlineData("0", "0.00")]
    public void Plain_amounts_have_two_decimals_no_symbol_and_no_grouping(string amount, string expected) =>
        Assert.Equal(expected, AmountText.Plain(Money.Gbp(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("-1250", "-£1,250.00")]
    [InlineData("26500000", "£26,500,000.00")]
    [InlineData("0.07", "£0.07")]
    public void Display_amounts_have_the_symbol_and_grouped_thousands(string amount, string expected) =>
        Assert.Equal(expected, AmountText.Display(Money.Gbp(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Formatting_never_rounds_an_unrounded_amount()
    {
        Assert.Throws<ArgumentException>(() => AmountText.Plain(Money.Gbp(0.005m)));
        Assert.Throws<ArgumentException>(() => AmountText.Display(Money.Gbp(12.345m)));
    }

    [Fact]
    public void A_plain_negative_amount_survives_the_CSV_formula_guard_as_a_number() =>
        Assert.Equal("-1250.00", CsvWriter.FormatField(AmountText.Plain(Money.Gbp(-1250m))));
}
