using CareLedger.Analytics.Contracts;

namespace CareLedger.Analytics.Tests;

public sealed class FinancialYearTests
{
    [Theory]
    [InlineData(4, "2023/24-M01")]
    [InlineData(12, "2023/24-M09")]
    [InlineData(1, "2023/24-M10")]
    [InlineData(3, "2023/24-M12")]
    public void April_is_the_first_contract_month(int calendarMonth, string label) =>
        Assert.Equal(label, new FinancialYear(2023).MonthLabel(calendarMonth));

    [Theory]
    [InlineData("2023/24", true)]
    [InlineData("1999/00", true)]
    [InlineData("2023/25", false)]
    [InlineData("2023-24", false)]
    [InlineData("2023", false)]
    public void Only_a_label_whose_second_year_follows_the_first_parses(string text, bool parses) =>
        Assert.Equal(parses, FinancialYear.TryParse(text, out _));
}
