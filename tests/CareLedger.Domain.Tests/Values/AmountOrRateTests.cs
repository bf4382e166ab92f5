namespace CareLedger.Domain.Tests.Values;

public class AmountOrRateTests
{
    private static readonly Money TwoMillion = Money.Gbp(2_000_000m);
    private static readonly Percentage FivePercent = Percentage.FromPercent(5m);

    [Fact]
    public void The_default_value_is_an_amount_of_nothing()
    {
        AmountOrRate nothing = default;

        Assert.False(nothing.IsRate);
        Assert.Equal(Money.Gbp(0m), nothing.Amount);
        Assert.Null(nothing.Rate);
        Assert.Equal(AmountOrRate.Of(Money.Zero(Currency.Gbp)), nothing);
        Assert.Equal("£0.00", nothing.ToString());
    }

    [Fact]
    public void An_amount_has_an_amount_and_no_rate()
    {
        var amount = AmountOrRate.Of(TwoMillion);

        Assert.False(amount.IsRate);
        Assert.Equal(TwoMillion, amount.Amount);
        Assert.Null(amount.Rate);
        Assert.Equal("£2,000,000.00", amount.ToString());
    }

    [Fact]
    public void A_rate_has_a_rate_and_no_amount()
    {
        var rate = AmountOrRate.Of(FivePercent);

        Assert.True(rate.IsRate);
        Assert.Equal(FivePercent, rate.Rate);
        Assert.Null(rate.Amount);
        Assert.Equal("5%", rate.ToString());
    }

    [Fact]
    public void A_zero_rate_is_still_a_rate_and_not_the_default_amount()
    {
        var zero = AmountOrRate.Of(Percentage.Zero);

        Assert.True(zero.IsRate);
        Assert.NotEqual(default, zero);
        Assert.Equal("0%", zero.ToString());
    }

    [Fact]
    public void Match_calls_the_function_for_whichever_it_is()
    {
        Assert.Equal("amount £2,000,000.00", AmountOrRate.Of(TwoMillion).Match(amount => $"amount {amount}", rate => $"rate {rate}"));
        Assert.Equal("rate 5%", AmountOrRate.Of(FivePercent).Match(amount => $"amount {amount}", rate => $"rate {rate}"));
    }

    [Fact]
    public void An_amount_resolves_to_itself_whatever_the_basis()
    {
        Assert.Equal(TwoMillion, AmountOrRate.Of(TwoMillion).Resolve(Money.Gbp(1m), RoundingRule.HalfUp));
    }

    [Theory]
    [InlineData("0.70", RoundingRule.HalfUp, "0.04")] // 5% of 70p is 3.5p: up to 4p…
    [InlineData("0.70", RoundingRule.HalfEven, "0.04")] // …and 4p is also the even penny
    [InlineData("0.50", RoundingRule.HalfUp, "0.03")] // 2.5p: up to 3p…
    [InlineData("0.50", RoundingRule.HalfEven, "0.02")] // …or down to the even 2p
    [InlineData("0.90", RoundingRule.HalfUp, "0.05")] // 4.5p: up to 5p…
    [InlineData("0.90", RoundingRule.HalfEven, "0.04")] // …or down to the even 4p
    [InlineData("1.00", RoundingRule.HalfEven, "0.05")] // 5p exactly: nothing to round
    public void A_rate_resolves_to_the_rate_of_the_basis_rounded_to_the_penny_with_the_contract_s_tie_rule(string basis, RoundingRule rule, string expected)
    {
        var resolved = AmountOrRate.Of(FivePercent).Resolve(Money.Gbp(decimal.Parse(basis, System.Globalization.CultureInfo.InvariantCulture)), rule);

        Assert.Equal(Money.Gbp(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), resolved);
    }

    [Fact]
    public void Amounts_are_equal_when_their_money_is_equal()
    {
        Assert.Equal(AmountOrRate.Of(Money.Gbp(1.5m)), AmountOrRate.Of(Money.Gbp(1.50m)));
        Assert.Equal(AmountOrRate.Of(Money.Gbp(1.5m)).GetHashCode(), AmountOrRate.Of(Money.Gbp(1.50m)).GetHashCode());
        Assert.True(AmountOrRate.Of(Money.Gbp(1m)) == AmountOrRate.Of(Money.Gbp(1m)));
        Assert.True(AmountOrRate.Of(Money.Gbp(1m)) != AmountOrRate.Of(Money.Gbp(2m)));
        Assert.NotEqual(AmountOrRate.Of(Money.Gbp(1m)), AmountOrRate.Of(new Money(1m, Currency.Eur)));
    }

    [Fact]
    public void Rates_are_equal_when_their_percentages_are_equal()
    {
        Assert.Equal(AmountOrRate.Of(Percentage.Parse("5%")), AmountOrRate.Of(Percentage.Parse("5.0%")));
        Assert.Equal(AmountOrRate.Of(Percentage.Parse("5%")).GetHashCode(), AmountOrRate.Of(Percentage.Parse("5.0%")).GetHashCode());
        Assert.NotEqual(AmountOrRate.Of(Percentage.Parse("5%")), AmountOrRate.Of(Percentage.Parse("6%")));
    }

    [Fact]
    public void An_amount_never_equals_a_rate_even_when_the_numbers_agree()
    {
        Assert.NotEqual(AmountOrRate.Of(Money.Gbp(5m)), AmountOrRate.Of(Percentage.FromPercent(5m)));
        Assert.NotEqual(AmountOrRate.Of(Money.Gbp(0m)), AmountOrRate.Of(Percentage.Zero));
        Assert.False(AmountOrRate.Of(Money.Gbp(5m)).Equals((object)Money.Gbp(5m)));
    }
}
