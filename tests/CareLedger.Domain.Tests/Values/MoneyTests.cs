using FsCheck.Fluent;

namespace CareLedger.Domain.Tests.Values;

public class MoneyTests
{
    private static readonly Currency Jpy = Currency.Parse("JPY");
    private static readonly Currency Bhd = Currency.Parse("BHD");

    // ---- the default value ----

    [Fact]
    public void The_default_value_is_zero_pounds()
    {
        var money = default(Money);

        Assert.Equal(Currency.Gbp, money.Currency);
        Assert.Equal(0m, money.Amount);
        Assert.True(money.IsZero);
        Assert.Equal(Money.Gbp(0m), money);
        Assert.Equal(Money.Zero(Currency.Gbp), money);
        Assert.Equal("£0.00", money.ToString());
        Assert.Equal("0.00", money.ToPlainString());
    }

    // ---- arithmetic ----

    [Fact]
    public void Adding_and_subtracting_is_exact_decimal_arithmetic()
    {
        Assert.Equal(Money.Gbp(0.3m), Money.Gbp(0.1m) + Money.Gbp(0.2m));
        Assert.Equal(Money.Gbp(-0.1m), Money.Gbp(0.1m) - Money.Gbp(0.2m));
        Assert.Equal(Money.Gbp(26_844_500.00m), Money.Gbp(26_500_000.00m) + Money.Gbp(344_500.00m));
    }

    [Fact]
    public void Multiplying_is_not_rounded_until_asked()
    {
        // 1.3% of £26.5m is £344,500 exactly; a third of a penny stays a third of a penny until Round.
        Assert.Equal(Money.Gbp(344_500m), Money.Gbp(26_500_000m) * Percentage.Parse("1.3%"));
        Assert.Equal(Money.Gbp(25_175_000m), Money.Gbp(26_500_000m) * Percentage.Parse("95%"));
        Assert.Equal(Money.Gbp(0.005m), Money.Gbp(0.01m) * 0.5m);
        Assert.Equal(Money.Gbp(0.005m), 0.5m * Money.Gbp(0.01m));
        Assert.False((Money.Gbp(0.01m) * 0.5m).IsWholeMinorUnits);
    }

    [Fact]
    public void Negating_and_taking_the_absolute_value_keep_the_currency()
    {
        var euros = new Money(-1.50m, Currency.Eur);

        Assert.Equal(new Money(1.50m, Currency.Eur), euros.Abs());
        Assert.Equal(new Money(1.50m, Currency.Eur), euros.Negate());
        Assert.Equal(new Money(1.50m, Currency.Eur), -euros);
        Assert.True(euros.IsNegative);
        Assert.False(euros.Abs().IsNegative);
        Assert.False(Money.Gbp(0m).IsNegative);
    }

    [Fact]
    public void Dividing_two_amounts_gives_their_ratio()
    {
        Assert.Equal(0.25m, Money.Gbp(250m) / Money.Gbp(1_000m));
    }

    [Fact]
    public void Sum_adds_every_amount_and_is_zero_in_the_given_currency_when_there_are_none()
    {
        Assert.Equal(Money.Gbp(6.06m), Money.Sum([Money.Gbp(1.01m), Money.Gbp(2.02m), Money.Gbp(3.03m)], Currency.Gbp));
        Assert.Equal(new Money(0m, Currency.Eur), Money.Sum([], Currency.Eur));
    }

    [Fact]
    public void Min_and_max_pick_the_smaller_and_larger_amount()
    {
        Assert.Equal(Money.Gbp(-1m), Money.Min(Money.Gbp(-1m), Money.Gbp(1m)));
        Assert.Equal(Money.Gbp(1m), Money.Max(Money.Gbp(-1m), Money.Gbp(1m)));
    }

    // ---- currency mismatch ----

    [Fact]
    public void Combining_two_currencies_throws()
    {
        var pounds = Money.Gbp(1m);
        var euros = new Money(1m, Currency.Eur);

        Assert.Throws<InvalidOperationException>(() => pounds + euros);
        Assert.Throws<InvalidOperationException>(() => pounds - euros);
        Assert.Throws<InvalidOperationException>(() => pounds / euros);
        Assert.Throws<InvalidOperationException>(() => pounds.CompareTo(euros));
        Assert.Throws<InvalidOperationException>(() => pounds < euros);
        Assert.Throws<InvalidOperationException>(() => Money.Max(pounds, euros));
        Assert.Throws<InvalidOperationException>(() => Money.Sum([pounds, euros], Currency.Gbp));
    }

    [Fact]
    public void The_same_figure_in_two_currencies_is_unequal_rather_than_an_error()
    {
        Assert.NotEqual(Money.Gbp(1m), new Money(1m, Currency.Eur));
        Assert.True(Money.Gbp(1m) != new Money(1m, Currency.Usd));
        Assert.False(Money.Gbp(1m).Equals((object)1m));
    }

    // ---- equality and comparison ----

    [Fact]
    public void Amounts_that_differ_only_in_trailing_zeros_are_equal_and_hash_alike()
    {
        Assert.Equal(Money.Gbp(1.5m), Money.Gbp(1.50m));
        Assert.True(Money.Gbp(1.5m) == Money.Gbp(1.500m));
        Assert.True(Money.Gbp(1.5m).Equals((object)Money.Gbp(1.50m)));
        Assert.Equal(Money.Gbp(1.5m).GetHashCode(), Money.Gbp(1.50m).GetHashCode());
        Assert.Equal(Money.Gbp(0m), Money.Gbp(0.00m).Negate());
    }

    [Fact]
    public void Amounts_order_by_value()
    {
        Assert.True(Money.Gbp(-0.01m) < Money.Gbp(0m));
        Assert.True(Money.Gbp(1.01m) > Money.Gbp(1.001m));
        Assert.True(Money.Gbp(1.5m) <= Money.Gbp(1.50m));
        Assert.True(Money.Gbp(1.5m) >= Money.Gbp(1.50m));
        Assert.Equal(0, Money.Gbp(1.5m).CompareTo(Money.Gbp(1.50m)));

        Money[] amounts = [Money.Gbp(3m), Money.Gbp(-2m), Money.Gbp(0.5m)];
        Array.Sort(amounts);
        Assert.Equal([Money.Gbp(-2m), Money.Gbp(0.5m), Money.Gbp(3m)], amounts);
    }

    // ---- rounding ----

    public static TheoryData<decimal, decimal> HalfUpCases => new()
    {
        // Midpoints go away from zero, whether the kept digit is odd or even.
        { 0.125m, 0.13m },
        { 0.135m, 0.14m },
        { -0.125m, -0.13m },
        { -0.135m, -0.14m },
        { 2.675m, 2.68m },  // the classic: 2.675 is not representable as a double and rounds down there; in decimal it is exact
        { 2.665m, 2.67m },
        { 0.005m, 0.01m },
        { -0.005m, -0.01m },
        { 414_062.505m, 414_062.51m },
        // Not midpoints: nearest, whatever the rule.
        { 0.1249m, 0.12m },
        { 0.1251m, 0.13m },
        { -0.1251m, -0.13m },
        { 0.004m, 0.00m },
        { 1.5m, 1.50m },
    };

    public static TheoryData<decimal, decimal> HalfEvenCases => new()
    {
        // Midpoints go to the even neighbour.
        { 0.125m, 0.12m },
        { 0.135m, 0.14m },
        { -0.125m, -0.12m },
        { -0.135m, -0.14m },
        { 2.675m, 2.68m },
        { 2.665m, 2.66m },
        { 0.005m, 0.00m },
        { 0.015m, 0.02m },
        { -0.005m, 0.00m },
        { -0.015m, -0.02m },
        { 414_062.505m, 414_062.50m },
        // Not midpoints: nearest, whatever the rule.
        { 0.1249m, 0.12m },
        { 0.1251m, 0.13m },
        { -0.1251m, -0.13m },
        { 0.0050001m, 0.01m },
    };

    [Theory]
    [MemberData(nameof(HalfUpCases))]
    public void Half_up_rounds_ties_away_from_zero(decimal amount, decimal expected)
    {
        var rounded = Money.Gbp(amount).Round(RoundingRule.HalfUp);

        Assert.Equal(Money.Gbp(expected), rounded);
        Assert.True(rounded.IsWholeMinorUnits);
    }

    [Theory]
    [MemberData(nameof(HalfEvenCases))]
    public void Half_even_rounds_ties_to_the_even_penny(decimal amount, decimal expected)
    {
        var rounded = Money.Gbp(amount).Round(RoundingRule.HalfEven);

        Assert.Equal(Money.Gbp(expected), rounded);
        Assert.True(rounded.IsWholeMinorUnits);
    }

    [Fact]
    public void Rounding_uses_the_currency_s_own_minor_unit()
    {
        Assert.Equal(new Money(3m, Jpy), new Money(2.5m, Jpy).Round(RoundingRule.HalfUp));
        Assert.Equal(new Money(2m, Jpy), new Money(2.5m, Jpy).Round(RoundingRule.HalfEven));
        Assert.Equal(new Money(4m, Jpy), new Money(3.5m, Jpy).Round(RoundingRule.HalfEven));
        Assert.Equal(new Money(-3m, Jpy), new Money(-2.5m, Jpy).Round(RoundingRule.HalfUp));
        Assert.Equal(new Money(1.001m, Bhd), new Money(1.0005m, Bhd).Round(RoundingRule.HalfUp));
        Assert.Equal(new Money(1.000m, Bhd), new Money(1.0005m, Bhd).Round(RoundingRule.HalfEven));
    }

    [Fact]
    public void Rounding_moves_an_amount_by_at_most_half_a_penny_and_rounding_again_changes_nothing()
    {
        // Any amount of pounds with up to six decimal places, positive or negative.
        var amounts = Gen.Choose(-1_000_000_000, 1_000_000_000).Select(micros => Money.Gbp(micros / 1_000_000m)).ToArbitrary();
        var rules = Gen.Elements(RoundingRule.HalfUp, RoundingRule.HalfEven).ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(amounts, rules, (amount, rule) =>
        {
            var rounded = amount.Round(rule);
            return rounded.IsWholeMinorUnits
                && Math.Abs(rounded.Amount - amount.Amount) <= 0.005m
                && rounded.Round(rule) == rounded
                && amount.Negate().Round(rule) == rounded.Negate();
        }));
    }

    // ---- whole minor units ----

    [Fact]
    public void Whole_minor_units_means_nothing_is_left_to_round()
    {
        Assert.True(Money.Gbp(1.23m).IsWholeMinorUnits);
        Assert.True(Money.Gbp(1.230000m).IsWholeMinorUnits);
        Assert.True(Money.Gbp(-0.01m).IsWholeMinorUnits);
        Assert.True(Money.Gbp(10_000_000_000m).IsWholeMinorUnits);
        Assert.False(Money.Gbp(1.235m).IsWholeMinorUnits);
        Assert.False(Money.Gbp(-0.001m).IsWholeMinorUnits);
        Assert.True(new Money(1m, Jpy).IsWholeMinorUnits);
        Assert.False(new Money(1.5m, Jpy).IsWholeMinorUnits);
        Assert.True(new Money(1.235m, Bhd).IsWholeMinorUnits);
        Assert.False(new Money(1.2355m, Bhd).IsWholeMinorUnits);
        Assert.Equal(123m, Money.Gbp(1.23m).MinorUnitCount);
    }

    // ---- plain form ----

    [Theory]
    [InlineData("25175000", "25175000.00")]
    [InlineData("25175000.00", "25175000.00")]
    [InlineData("1.5", "1.50")]
    [InlineData("-1.5", "-1.50")]
    [InlineData("0", "0.00")]
    [InlineData("1.50000", "1.50")]
    [InlineData("414062.505", "414062.505")]
    [InlineData("0.0000001", "0.0000001")]
    [InlineData("-10000000000.01", "-10000000000.01")]
    public void The_plain_form_has_the_minor_digits_no_grouping_and_never_silently_rounds(string amount, string expected)
    {
        var money = Money.Gbp(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, money.ToPlainString());
    }

    [Fact]
    public void The_plain_form_of_yen_has_no_decimal_point()
    {
        Assert.Equal("1234", new Money(1234m, Jpy).ToPlainString());
        Assert.Equal("1234.5", new Money(1234.5m, Jpy).ToPlainString());
    }

    [Fact]
    public void The_plain_form_reads_back_as_the_same_amount()
    {
        var amounts = Gen.Choose(-1_000_000_000, 1_000_000_000)
            .Zip(Gen.Choose(0, 6), (units, scale) => Money.Gbp(new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale)))
            .ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(amounts, amount =>
            decimal.Parse(amount.ToPlainString(), System.Globalization.CultureInfo.InvariantCulture) == amount.Amount));
    }

    // ---- readable form ----

    [Theory]
    [InlineData("26500000", "£26,500,000.00")]
    [InlineData("-1.5", "-£1.50")]
    [InlineData("0.01", "£0.01")]
    [InlineData("999.999", "£999.999")]
    [InlineData("1000", "£1,000.00")]
    [InlineData("-414062.505", "-£414,062.505")]
    public void The_readable_form_has_the_symbol_grouping_and_sign_first(string amount, string expected)
    {
        var money = Money.Gbp(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, money.ToString());
    }

    [Fact]
    public void The_readable_form_uses_each_currency_s_symbol_and_minor_digits()
    {
        Assert.Equal("€1,234.50", new Money(1234.5m, Currency.Eur).ToString());
        Assert.Equal("-€0.05", new Money(-0.05m, Currency.Eur).ToString());
        Assert.Equal("$1,000,000.00", new Money(1_000_000m, Currency.Usd).ToString());
        Assert.Equal("JPY 1,234", new Money(1234m, Jpy).ToString());
        Assert.Equal("JPY 1,234.5", new Money(1234.5m, Jpy).ToString());
        Assert.Equal("BHD 1.250", new Money(1.25m, Bhd).ToString());
    }

    [Fact]
    public void Negative_zero_prints_without_a_sign()
    {
        var negativeZero = Money.Gbp(-0.001m).Round(RoundingRule.HalfUp);

        Assert.Equal("£0.00", negativeZero.ToString());
        Assert.Equal("0.00", negativeZero.ToPlainString());
        Assert.False(negativeZero.IsNegative);
    }
}
