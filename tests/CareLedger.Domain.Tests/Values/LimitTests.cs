using CareLedger.Domain.Payments;

namespace CareLedger.Domain.Tests.Values;

public class LimitTests
{
    [Fact]
    public void A_limit_of_money_is_an_amount_and_resolves_to_it()
    {
        var limit = Limit.Of(Money.Gbp(40_000m));

        Assert.Equal(AmountOrRate.Of(Money.Gbp(40_000m)), limit.Bound);
        Assert.Equal(Money.Gbp(40_000m), limit.Resolve(Money.Gbp(1_000_000m), RoundingRule.HalfUp));
        Assert.Equal("£40,000.00", limit.ToString());
        Assert.Null(limit.Source);
    }

    [Fact]
    public void A_limit_of_a_percentage_is_a_rate_of_the_basis_rounded_to_the_penny()
    {
        var limit = Limit.Of(Percentage.FromPercent(5m));

        Assert.Equal(AmountOrRate.Of(Percentage.FromPercent(5m)), limit.Bound);
        Assert.Equal(Money.Gbp(0.03m), limit.Resolve(Money.Gbp(0.50m), RoundingRule.HalfUp));
        Assert.Equal(Money.Gbp(0.02m), limit.Resolve(Money.Gbp(0.50m), RoundingRule.HalfEven));
        Assert.Equal("5%", limit.ToString());
    }

    [Fact]
    public void Limits_are_equal_when_their_bounds_and_sources_are()
    {
        var source = new SourceRef("contract.yaml", "payment.variable.mechanisms[0].cap", 12, 14);

        Assert.Equal(Limit.Of(Money.Gbp(1m)), Limit.Of(Money.Gbp(1.00m)));
        Assert.NotEqual(Limit.Of(Money.Gbp(1m)), Limit.Of(Percentage.FromPercent(1m)));
        Assert.Equal(new Limit(AmountOrRate.Of(Percentage.FromPercent(1m)), source), new Limit(AmountOrRate.Of(Percentage.FromPercent(1m)), source));
        Assert.NotEqual(Limit.Of(Percentage.FromPercent(1m)), new Limit(AmountOrRate.Of(Percentage.FromPercent(1m)), source));
    }
}
