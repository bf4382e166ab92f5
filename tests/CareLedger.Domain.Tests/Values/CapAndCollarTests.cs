using CareLedger.Domain.Payments;
using FsCheck;
using FsCheck.Fluent;

namespace CareLedger.Domain.Tests.Values;

/// <summary>
/// A cap and collar: bounds resolved to the penny, holding a payment in pennies. Midpoints on both tie rules, losses
/// against the collar, either bound absent, and the property that makes the order of rounding and holding immaterial.
/// </summary>
public sealed class CapAndCollarTests
{
    private static readonly Limit FivePercent = Limit.Of(Percentage.FromPercent(5m));

    [Theory]
    // 5% × £0.50 = £0.025: a midpoint with an even penny below it. Half-up goes away from zero, half-even to the 2.
    [InlineData(RoundingRule.HalfUp, 0.50, 0.03)]
    [InlineData(RoundingRule.HalfEven, 0.50, 0.02)]
    // 5% × £0.70 = £0.035: a midpoint with an odd penny below it. Both rules go up to the even 4.
    [InlineData(RoundingRule.HalfUp, 0.70, 0.04)]
    [InlineData(RoundingRule.HalfEven, 0.70, 0.04)]
    public void A_bound_given_as_a_rate_is_resolved_to_the_penny_with_the_contracts_tie_rule(RoundingRule rounding, decimal basis, decimal expected)
    {
        var bounds = CapAndCollar.Resolve(FivePercent, FivePercent, Money.Gbp(basis), rounding);

        Assert.Equal(Money.Gbp(expected), bounds.Cap);
        Assert.Equal(Money.Gbp(expected), bounds.Collar);
    }

    [Fact]
    public void A_bound_given_in_money_stands_whatever_the_basis()
    {
        var bounds = CapAndCollar.Resolve(Limit.Of(Money.Gbp(500_000m)), null, Money.Gbp(123.45m), RoundingRule.HalfUp);

        Assert.Equal(Money.Gbp(500_000m), bounds.Cap);
        Assert.Null(bounds.Collar);
    }

    [Theory]
    // £1.125 is a midpoint: half-up → £1.13, over the £1.12 cap, held at £1.12; half-even → £1.12, at the cap.
    [InlineData(RoundingRule.HalfUp, 1.125, 1.12)]
    [InlineData(RoundingRule.HalfEven, 1.125, 1.12)]
    // £1.115: half-up → £1.12, at the cap; half-even → £1.12 (the odd 1 goes up to the even 2), at the cap.
    [InlineData(RoundingRule.HalfUp, 1.115, 1.12)]
    [InlineData(RoundingRule.HalfEven, 1.115, 1.12)]
    // £1.105: half-up → £1.11; half-even → £1.10 (0 is even). Both under the cap, so held as rounded.
    [InlineData(RoundingRule.HalfUp, 1.105, 1.11)]
    [InlineData(RoundingRule.HalfEven, 1.105, 1.10)]
    public void An_exact_amount_is_rounded_once_then_held_at_most_the_cap(RoundingRule rounding, decimal exact, decimal expected)
    {
        var bounds = new CapAndCollar(Money.Gbp(1.12m), null);

        Assert.Equal(Money.Gbp(expected), bounds.Hold(Money.Gbp(exact), rounding));
    }

    [Theory]
    // −£0.125: half-up goes away from zero to −£0.13, beyond the £0.12 collar, so held at −£0.12; half-even → −£0.12.
    [InlineData(RoundingRule.HalfUp, -0.125, -0.12)]
    [InlineData(RoundingRule.HalfEven, -0.125, -0.12)]
    // −£0.105: half-up → −£0.11; half-even → −£0.10. Both within the collar.
    [InlineData(RoundingRule.HalfUp, -0.105, -0.11)]
    [InlineData(RoundingRule.HalfEven, -0.105, -0.10)]
    public void A_loss_is_held_at_most_the_collar_below_zero(RoundingRule rounding, decimal exact, decimal expected)
    {
        var bounds = new CapAndCollar(null, Money.Gbp(0.12m));

        Assert.Equal(Money.Gbp(expected), bounds.Hold(Money.Gbp(exact), rounding));
    }

    [Fact]
    public void Without_a_cap_any_gain_passes_and_without_a_collar_any_loss_passes()
    {
        var capOnly = new CapAndCollar(Money.Gbp(600_000m), null);
        var collarOnly = new CapAndCollar(null, Money.Gbp(250_000m));

        Assert.Equal(Money.Gbp(-99_000_000m), capOnly.Hold(Money.Gbp(-99_000_000m)));
        Assert.Equal(Money.Gbp(600_000m), capOnly.Hold(Money.Gbp(600_000.01m)));
        Assert.Equal(Money.Gbp(99_000_000m), collarOnly.Hold(Money.Gbp(99_000_000m)));
        Assert.Equal(Money.Gbp(-250_000m), collarOnly.Hold(Money.Gbp(-250_000.01m)));
        Assert.Equal(Money.Gbp(-1_000_000_000m), CapAndCollar.None.Hold(Money.Gbp(-1_000_000_000m)));
        Assert.Same(CapAndCollar.None, CapAndCollar.Resolve(null, null, Money.Gbp(10m), RoundingRule.HalfUp));
    }

    [Fact]
    public void Binds_says_whether_holding_changes_the_amount()
    {
        var bounds = new CapAndCollar(Money.Gbp(100m), Money.Gbp(50m));

        Assert.False(bounds.Binds(Money.Gbp(100m)));
        Assert.True(bounds.Binds(Money.Gbp(100.01m)));
        Assert.False(bounds.Binds(Money.Gbp(-50m)));
        Assert.True(bounds.Binds(Money.Gbp(-50.01m)));
    }

    [Fact]
    public void Its_words_name_each_bound_or_its_absence()
    {
        Assert.Equal("cap £500,000.00, collar £250,000.00", new CapAndCollar(Money.Gbp(500_000m), Money.Gbp(250_000m)).ToString());
        Assert.Equal("cap £600,000.00, no collar", new CapAndCollar(Money.Gbp(600_000m), null).ToString());
        Assert.Equal("no cap, collar £1.00", new CapAndCollar(null, Money.Gbp(1m)).ToString());
        Assert.Equal("no cap or collar", CapAndCollar.None.ToString());
    }

    [Fact]
    public void An_amount_not_yet_rounded_or_a_negative_or_fractional_bound_is_a_caller_bug()
    {
        Assert.Throws<InvalidOperationException>(() => CapAndCollar.None.Hold(Money.Gbp(0.125m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CapAndCollar(Money.Gbp(-1m), null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CapAndCollar(null, Money.Gbp(0.001m)));
        Assert.Throws<ArgumentException>(() => new CapAndCollar(Money.Gbp(1m), new Money(1m, Currency.Eur)));
    }

    [Fact]
    public void Holding_then_rounding_gives_the_same_penny_as_rounding_then_holding_on_either_tie_rule()
    {
        // Why the order is immaterial: the bounds are whole pennies and rounding never reverses two amounts.
        PropertyCheck.Holds(Prop.ForAll(Cases(), item =>
        {
            var (exact, cap, collar, rounding) = item;
            var bounds = new CapAndCollar(cap, collar);
            var held = exact;
            if (cap is { } top && held > top)
            {
                held = top;
            }

            if (collar is { } bottom && held < -bottom)
            {
                held = -bottom;
            }

            return bounds.Hold(exact, rounding) == held.Round(rounding);
        }));
    }

    /// <summary>Exact amounts in tenths of a penny (so a fifth of them are midpoints), bounds in pennies near them.</summary>
    private static Arbitrary<(Money Exact, Money? Cap, Money? Collar, RoundingRule Rounding)> Cases()
    {
        var exact = Gen.Choose(-2_000_000, 2_000_000).Select(tenths => Money.Gbp(tenths / 1_000m));
        var bound = Gen.Frequency(
            (1, Gen.Constant((Money?)null)),
            (4, Gen.Choose(0, 200_000).Select(pennies => (Money?)Money.Gbp(pennies / 100m))));
        var rounding = Gen.Elements(RoundingRule.HalfUp, RoundingRule.HalfEven);
        return exact.Zip(bound, (amount, cap) => (amount, cap))
            .Zip(bound, (pair, collar) => (pair.amount, pair.cap, collar))
            .Zip(rounding, (triple, rule) => (triple.amount, triple.cap, triple.collar, rule))
            .ToArbitrary();
    }
}
