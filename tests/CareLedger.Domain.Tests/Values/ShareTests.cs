using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace CareLedger.Domain.Tests.Values;

public class ShareTests
{
    private static readonly Share TwoThirds = Share.FromFraction(2, 3);
    private static readonly Share OneThird = Share.FromFraction(1, 3);

    [Fact]
    public void The_default_value_is_zero()
    {
        Assert.Equal(Share.Zero, default);
        Assert.True(default(Share).IsZero);
        Assert.Equal(BigInteger.Zero, default(Share).Numerator);
        Assert.Equal(BigInteger.One, default(Share).Denominator);
        Assert.Equal(Share.FromFraction(0, 7), default);
        Assert.Equal("0%", default(Share).ToString());
    }

    // ---- construction ----

    [Fact]
    public void A_fraction_is_held_in_lowest_terms_with_a_positive_denominator()
    {
        var share = Share.FromFraction(4, 6);
        Assert.Equal(new BigInteger(2), share.Numerator);
        Assert.Equal(new BigInteger(3), share.Denominator);

        var negative = Share.FromFraction(1, -3);
        Assert.Equal(BigInteger.MinusOne, negative.Numerator);
        Assert.Equal(new BigInteger(3), negative.Denominator);
        Assert.True(negative.IsNegative);
        Assert.Equal(Share.FromFraction(-1, 3), negative);
        Assert.Equal(Share.FromFraction(1, 3), Share.FromFraction(-1, -3));
        Assert.Equal(Share.Whole, Share.FromFraction(7, 7));
    }

    [Fact]
    public void A_zero_denominator_is_a_caller_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Share.FromFraction(1, 0));
    }

    [Fact]
    public void Decimals_and_percent_figures_convert_exactly()
    {
        Assert.Equal(Share.FromFraction(133, 200), Share.FromDecimal(0.665m));
        Assert.Equal(Share.FromFraction(133, 200), Share.FromPercent(66.5m));
        Assert.Equal(Share.FromFraction(6667, 10000), Share.FromPercent(66.67m));
        Assert.Equal(Share.Whole, Share.FromDecimal(1.000m));
        Assert.Equal(Share.FromFraction(1, 10_000_000), Share.FromPercent(0.00001m));
    }

    // ---- parsing ----

    [Theory]
    [InlineData("2/3", 2, 3)]
    [InlineData(" 2 / 3 ", 2, 3)]
    [InlineData("4/6", 2, 3)]
    [InlineData("1/1", 1, 1)]
    [InlineData("0/5", 0, 1)]
    [InlineData("66.5%", 133, 200)]
    [InlineData("25%", 1, 4)]
    [InlineData("100%", 1, 1)]
    [InlineData("66.67%", 6667, 10000)]
    public void A_share_is_a_percentage_or_an_exact_fraction(string text, int numerator, int denominator)
    {
        Assert.True(Share.TryParse(text, out var share));
        Assert.Equal(Share.FromFraction(numerator, denominator), share);
        Assert.Equal(share, Share.Parse(text));
    }

    [Theory]
    [InlineData("0.5")] // a bare decimal: 0.5 or 0.5%? never guessed
    [InlineData("1")]
    [InlineData("1/0")]
    [InlineData("/3")]
    [InlineData("2/")]
    [InlineData("2/3/4")]
    [InlineData("1/-3")]
    [InlineData("1.5/3")]
    [InlineData("a/b")]
    [InlineData("2/3%")]
    [InlineData("")]
    [InlineData("  ")]
    public void Anything_else_is_not_a_share(string text)
    {
        Assert.False(Share.TryParse(text, out var share));
        Assert.Equal(Share.Zero, share);
        var error = Assert.Throws<FormatException>(() => Share.Parse(text));
        Assert.Contains("2/3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_not_a_share()
    {
        Assert.False(Share.TryParse(null, out _));
    }

    // ---- exactness ----

    [Fact]
    public void Two_thirds_and_one_third_make_exactly_the_whole()
    {
        Assert.Equal(Share.Whole, TwoThirds + OneThird);
        Assert.Equal(Share.Whole, Share.Parse("2/3") + Share.Parse("1/3"));
        Assert.Equal(Share.Whole, Share.Sum([OneThird, OneThird, OneThird]));
        Assert.Equal(OneThird, Share.Whole - TwoThirds);
    }

    [Fact]
    public void Rounded_percentages_that_add_to_a_hundred_make_the_whole_but_are_not_the_thirds()
    {
        var roughlyTwoThirds = Share.Parse("66.67%");
        var roughlyOneThird = Share.Parse("33.33%");

        Assert.Equal(Share.Whole, roughlyTwoThirds + roughlyOneThird);
        Assert.NotEqual(TwoThirds, roughlyTwoThirds);
        Assert.NotEqual(OneThird, roughlyOneThird);
        Assert.NotEqual(Share.Whole, Share.Parse("33.33%") + Share.Parse("33.33%") + Share.Parse("33.33%"));
    }

    [Fact]
    public void Shares_multiply_exactly()
    {
        Assert.Equal(Share.FromFraction(1, 6), Share.FromFraction(1, 2) * OneThird);
        Assert.Equal(Share.FromFraction(133, 300), Share.Parse("66.5%") * TwoThirds);
    }

    [Fact]
    public void Share_arithmetic_is_exact_for_any_fractions()
    {
        var shares = Shares();
        PropertyCheck.Holds(Prop.ForAll(shares, shares, (a, b) =>
            a + b - b == a
            && a + b == b + a
            && a * b == b * a
            && Math.Sign((a + b).CompareTo(a)) == Math.Sign(b.CompareTo(Share.Zero))
            && Share.Sum([a, b]) == a + b));
    }

    // ---- taking a share of money ----

    [Fact]
    public void Two_thirds_of_ninety_eight_million_is_rounded_once_to_the_penny()
    {
        // 9,800,000,000p × 2/3 = 6,533,333,333.33…p → 6,533,333,333p; × 1/3 = 3,266,666,666.66…p → 3,266,666,667p.
        Assert.Equal(Money.Gbp(65_333_333.33m), TwoThirds.Of(Money.Gbp(98_000_000m), RoundingRule.HalfUp));
        Assert.Equal(Money.Gbp(32_666_666.67m), OneThird.Of(Money.Gbp(98_000_000m), RoundingRule.HalfUp));
        Assert.Equal(Money.Gbp(65_333_333.33m), TwoThirds.Of(Money.Gbp(98_000_000m), RoundingRule.HalfEven));
    }

    [Fact]
    public void Of_applies_the_tie_rule_only_to_exact_midpoints()
    {
        var half = Share.FromFraction(1, 2);

        Assert.Equal(Money.Gbp(0.03m), half.Of(Money.Gbp(0.05m), RoundingRule.HalfUp));
        Assert.Equal(Money.Gbp(0.02m), half.Of(Money.Gbp(0.05m), RoundingRule.HalfEven));
        Assert.Equal(Money.Gbp(0.04m), half.Of(Money.Gbp(0.07m), RoundingRule.HalfEven));
        Assert.Equal(Money.Gbp(-0.03m), half.Of(Money.Gbp(-0.05m), RoundingRule.HalfUp));
        Assert.Equal(Money.Gbp(-0.02m), half.Of(Money.Gbp(-0.05m), RoundingRule.HalfEven));
        Assert.Equal(Money.Gbp(-0.04m), half.Of(Money.Gbp(-0.07m), RoundingRule.HalfEven));
        Assert.Equal(Money.Gbp(0.02m), OneThird.Of(Money.Gbp(0.05m), RoundingRule.HalfEven)); // 1.66…p is not a tie
        Assert.Equal(Money.Gbp(-0.02m), TwoThirds.Of(Money.Gbp(-0.03m), RoundingRule.HalfUp));
    }

    [Fact]
    public void Of_rounds_to_the_currency_s_minor_unit_and_keeps_the_currency()
    {
        var yen = Currency.Parse("JPY");

        Assert.Equal(new Money(33m, yen), OneThird.Of(new Money(100m, yen), RoundingRule.HalfUp));
        Assert.Equal(new Money(0.67m, Currency.Eur), TwoThirds.Of(new Money(1m, Currency.Eur), RoundingRule.HalfUp));
        Assert.Equal(Money.Gbp(0.01m), Share.FromFraction(1, 2).Of(Money.Gbp(0.015m), RoundingRule.HalfEven)); // 0.0075 → 0.01
    }

    [Fact]
    public void Of_agrees_with_rounding_the_exact_product()
    {
        // For percentages, the exact product is a decimal too, so Of must match Money.Round of it.
        var percents = Gen.Choose(0, 100_000).Select(hundredths => new decimal(hundredths, 0, 0, false, 3)).ToArbitrary();
        var amounts = Gen.Choose(-1_000_000_000, 1_000_000_000).Select(pennies => Money.Gbp(pennies / 100m)).ToArbitrary();
        var rules = Gen.Elements(RoundingRule.HalfUp, RoundingRule.HalfEven).ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(percents, amounts, rules, (percent, amount, rule) =>
            Share.FromPercent(percent).Of(amount, rule) == (amount * Percentage.FromPercent(percent)).Round(rule)));
    }

    // ---- display ----

    [Theory]
    [InlineData("2/3", "2/3")]
    [InlineData("1/3", "1/3")]
    [InlineData("-1/3", "-1/3")]
    [InlineData("66.5%", "66.5%")]
    [InlineData("133/200", "66.5%")]
    [InlineData("1/8", "12.5%")]
    [InlineData("1/1", "100%")]
    [InlineData("3/2", "150%")]
    [InlineData("-1/2", "-50%")]
    [InlineData("0/1", "0%")]
    public void A_share_prints_as_a_percentage_when_it_has_one_and_as_a_fraction_otherwise(string text, string expected)
    {
        Assert.Equal(expected, Share.Parse(text).ToString());
    }

    [Fact]
    public void A_share_whose_percentage_has_more_digits_than_a_decimal_holds_prints_as_the_exact_fraction()
    {
        // 1/2^66 has a terminating decimal form, but 64 places of it: printing it as a percentage would round it.
        var tiny = Share.FromFraction(1, BigInteger.Pow(2, 66));

        Assert.Equal("1/73786976294838206464", tiny.ToString());
        Assert.Equal(tiny, Share.Parse(tiny.ToString()));
    }

    [Fact]
    public void A_share_too_large_for_a_decimal_still_prints()
    {
        var huge = Share.FromFraction(BigInteger.Pow(10, 30) + 1, 2);

        Assert.Equal("1000000000000000000000000000001/2", huge.ToString());
        Assert.Equal(huge, Share.Parse(huge.ToString()));
    }

    [Fact]
    public void Printing_then_parsing_gives_back_the_same_share()
    {
        // Fractions with small denominators, and terminating ones with deep powers of 2 and 5 and wide numerators.
        var terminating =
            from numerator in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from twos in Gen.Choose(0, 80)
            from fives in Gen.Choose(0, 80)
            from widen in Gen.Choose(0, 30)
            select Share.FromFraction(numerator * BigInteger.Pow(10, widen), BigInteger.Pow(2, twos) * BigInteger.Pow(5, fives));
        var shares = Gen.OneOf(Shares().Generator, terminating).ToArbitrary();

        PropertyCheck.Holds(Prop.ForAll(shares, share => Share.Parse(share.ToString()) == share));
    }

    [Fact]
    public void As_a_decimal_or_a_percentage_a_share_is_for_display()
    {
        Assert.Equal(0.665m, Share.Parse("66.5%").ToDecimal());
        Assert.Equal(Percentage.Parse("12.5%"), Share.FromFraction(1, 8).ToPercentage());
        Assert.Equal(0.3333333333333333333333333333m, OneThird.ToDecimal());
    }

    // ---- equality and ordering ----

    [Fact]
    public void Equal_shares_hash_alike_whatever_form_they_were_written_in()
    {
        Assert.Equal(Share.Parse("50%").GetHashCode(), Share.Parse("2/4").GetHashCode());
        Assert.True(Share.Parse("50%") == Share.Parse("1/2"));
        Assert.True(Share.Parse("50%").Equals((object)Share.Parse("1/2")));
        Assert.False(Share.Parse("50%").Equals((object)0.5m));
        Assert.True(Share.Parse("50%") != Share.Parse("1/3"));
    }

    [Fact]
    public void Shares_order_by_size()
    {
        Assert.True(OneThird < Share.Parse("33.34%"));
        Assert.True(OneThird > Share.Parse("33.33%"));
        Assert.True(TwoThirds < Share.Parse("66.67%"));
        Assert.True(TwoThirds > Share.Parse("66.66%"));
        Assert.True(TwoThirds <= Share.Parse("4/6"));
        Assert.True(TwoThirds >= Share.Parse("4/6"));
        Assert.True(Share.FromFraction(-1, 3) < Share.Zero);

        Share[] shares = [Share.Whole, TwoThirds, Share.Zero, Share.Parse("66.67%"), OneThird, Share.Parse("33.33%")];
        Array.Sort(shares);
        Assert.Equal(["0%", "33.33%", "1/3", "2/3", "66.67%", "100%"], shares.Select(share => share.ToString()));
    }

    [Fact]
    public void Ordering_agrees_with_cross_multiplication()
    {
        var shares = Shares();
        PropertyCheck.Holds(Prop.ForAll(shares, shares, (a, b) =>
            Math.Sign(a.CompareTo(b)) == (a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator)
            && (a.CompareTo(b) == 0) == (a == b)
            && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))));
    }

    // Any fraction with a numerator of ±10,000 and a denominator up to 10,000.
    private static Arbitrary<Share> Shares() =>
        Gen.Choose(-10_000, 10_000).Zip(Gen.Choose(1, 10_000), (numerator, denominator) => Share.FromFraction(numerator, denominator)).ToArbitrary();
}
