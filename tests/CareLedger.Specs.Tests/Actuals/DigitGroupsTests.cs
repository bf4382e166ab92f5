using System.Globalization;
using CareLedger.Specs.Reading.Yaml;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>
/// Plain digits are read without the number pattern; what they give must be exactly what the pattern and
/// <see cref="decimal.Parse(string, NumberStyles, IFormatProvider)"/> give: the same value at the same scale.
/// </summary>
public sealed class DigitGroupsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("007")]
    [InlineData("120")]
    [InlineData("999999999999999999")]
    [InlineData("1000000000000000000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1,200")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("12.50")]
    [InlineData(".5")]
    public void Every_number_reads_as_decimal_parse_reads_its_plain_form(string text)
    {
        Assert.Equal(DigitGroups.Outcome.Read, DigitGroups.TryRead(text, out var value));

        var expected = decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        Assert.Equal(expected, value);
        Assert.Equal(expected.Scale, value.Scale);
        Assert.Equal(decimal.IsNegative(expected), decimal.IsNegative(value));
    }

    [Theory]
    [InlineData("", "NotANumber")]
    [InlineData("12a", "NotANumber")]
    [InlineData("1,20", "BadGrouping")]
    [InlineData("792281625142643375935439503350", "TooLarge")]
    public void What_is_not_a_plain_number_is_still_told_apart(string text, string expected) =>
        Assert.Equal(expected, DigitGroups.TryRead(text, out _).ToString());
}
