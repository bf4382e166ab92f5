namespace CareLedger.Domain.Tests.Values;

/// <summary>Worked examples of the remainder rule; the invariants are checked for any input in ApportionmentTests.Properties.cs.</summary>
public partial class ApportionmentTests
{
    private static readonly Share TwoThirds = Share.FromFraction(2, 3);
    private static readonly Share OneThird = Share.FromFraction(1, 3);

    private static Money[] Pounds(params decimal[] amounts) => amounts.Select(Money.Gbp).ToArray();

    [Fact]
    public void Salford_s_pooled_budget_splits_two_thirds_and_one_third_to_the_penny()
    {
        // £98,000,000.00 is 9,800,000,000p.
        //   CCG     2/3 × 9,800,000,000 = 6,533,333,333.333…p → 6,533,333,333p, remainder 0.333…p
        //   council 1/3 × 9,800,000,000 = 3,266,666,666.666…p → 3,266,666,666p, remainder 0.666…p
        // 6,533,333,333 + 3,266,666,666 = 9,799,999,999p, so 1p is left. It goes to the larger remainder, the council:
        // £65,333,333.33 and £32,666,666.67, which add back to £98,000,000.00.
        var parts = Apportionment.ByShares(Money.Gbp(98_000_000.00m), [TwoThirds, OneThird]);

        Assert.Equal(Pounds(65_333_333.33m, 32_666_666.67m), parts);
        Assert.Equal(Money.Gbp(98_000_000.00m), Money.Sum(parts, Currency.Gbp));
    }

    [Fact]
    public void The_funders_split_agrees_with_taking_each_share_rounded_when_that_already_adds_up()
    {
        var total = Money.Gbp(98_000_000.00m);
        var parts = Apportionment.ByShares(total, [TwoThirds, OneThird]);

        Assert.Equal(TwoThirds.Of(total, RoundingRule.HalfUp), parts[0]);
        Assert.Equal(OneThird.Of(total, RoundingRule.HalfUp), parts[1]);
    }

    [Fact]
    public void Weights_are_relative_so_two_to_one_splits_like_two_thirds_to_one_third()
    {
        var byThirds = Apportionment.ByShares(Money.Gbp(98_000_000m), [TwoThirds, OneThird]);
        var byTwoToOne = Apportionment.ByShares(Money.Gbp(98_000_000m), [Share.FromFraction(2, 1), Share.Whole]);

        Assert.Equal(byThirds, byTwoToOne);
    }

    [Fact]
    public void A_hundred_pounds_over_three_gives_the_odd_penny_to_the_first_part()
    {
        // 10,000p ÷ 3 = 3,333.33…p each: 3,333p each with equal remainders, 1p left, first part listed takes it.
        Assert.Equal(Pounds(33.34m, 33.33m, 33.33m), Apportionment.Evenly(Money.Gbp(100m), 3));
        Assert.Equal(Pounds(33.34m, 33.33m, 33.33m), Apportionment.ByShares(Money.Gbp(100m), [OneThird, OneThird, OneThird]));
    }

    [Fact]
    public void Twelve_monthly_instalments_give_the_odd_pennies_to_the_earliest_months()
    {
        // £25,175,000.05 is 2,517,500,005p: 209,791,667p each (12 × that = 2,517,500,004p) and 1p over for April.
        var instalments = Apportionment.Evenly(Money.Gbp(25_175_000.05m), 12);

        Assert.Equal(Money.Gbp(2_097_916.68m), instalments[0]);
        Assert.All(instalments.Skip(1), instalment => Assert.Equal(Money.Gbp(2_097_916.67m), instalment));
        Assert.Equal(Money.Gbp(25_175_000.05m), Money.Sum(instalments, Currency.Gbp));
    }

    [Fact]
    public void Ties_go_to_the_part_listed_first_even_when_it_is_not_the_first_part()
    {
        // 2p by 2:1:1 → 1p, 0.5p, 0.5p: one penny is left and parts 2 and 3 lost the same, so part 2 gets it.
        Assert.Equal(Pounds(0.01m, 0.01m, 0m), Apportionment.ByShares(Money.Gbp(0.02m), [Share.FromFraction(2, 1), Share.Whole, Share.Whole]));

        // 2p over 4 → 0.5p each: the first two take the pennies.
        Assert.Equal(Pounds(0.01m, 0.01m, 0m, 0m), Apportionment.Evenly(Money.Gbp(0.02m), 4));
    }

    [Fact]
    public void The_penny_goes_to_the_part_that_lost_most_not_to_the_largest_part()
    {
        // 10p by 60%:25%:15% → 6p, 2.5p, 1.5p: remainders 0, 0.5, 0.5 → the tie goes to the 25% part.
        Assert.Equal(Pounds(0.06m, 0.03m, 0.01m), Apportionment.ByPercentages(Money.Gbp(0.10m), [Percentage.Parse("60%"), Percentage.Parse("25%"), Percentage.Parse("15%")]));

        // 5p by 5:3 → 3.125p and 1.875p → 3p and 1p: the smaller part lost 0.875p, more than 0.125p, so it gets the penny.
        Assert.Equal(Pounds(0.03m, 0.02m), Apportionment.ByShares(Money.Gbp(0.05m), [Share.FromFraction(5, 1), Share.FromFraction(3, 1)]));
    }

    [Fact]
    public void Parts_with_no_weight_get_nothing_even_when_pennies_are_left_over()
    {
        Assert.Equal(Pounds(0m, 0.51m, 0m, 0.50m), Apportionment.ByShares(Money.Gbp(1.01m), [Share.Zero, Share.Whole, Share.Zero, Share.Whole]));
        Assert.Equal(Pounds(0m, 0.01m, 0m), Apportionment.ByShares(Money.Gbp(0.01m), [Share.Zero, Share.Whole, Share.Whole]));
        Assert.Equal(Pounds(0m, 0.01m), Apportionment.ByAmounts(Money.Gbp(0.01m), [Money.Gbp(0m), Money.Gbp(5m)]));
    }

    [Fact]
    public void A_negative_total_is_split_as_its_size_would_be_then_negated()
    {
        Assert.Equal(Pounds(-65_333_333.33m, -32_666_666.67m), Apportionment.ByShares(Money.Gbp(-98_000_000m), [TwoThirds, OneThird]));
        Assert.Equal(Pounds(-33.34m, -33.33m, -33.33m), Apportionment.Evenly(Money.Gbp(-100m), 3));
        Assert.Equal(Pounds(0m, -0.01m, 0m), Apportionment.ByShares(Money.Gbp(-0.01m), [Share.Zero, Share.Whole, Share.Whole]));
    }

    [Fact]
    public void A_zero_total_splits_into_zeros()
    {
        Assert.Equal(Pounds(0m, 0m, 0m), Apportionment.ByShares(Money.Gbp(0m), [OneThird, OneThird, OneThird]));
        Assert.Equal(Pounds(0m, 0m), Apportionment.Evenly(Money.Gbp(0m), 2));
    }

    [Fact]
    public void One_part_takes_everything()
    {
        Assert.Equal(Pounds(123.45m), Apportionment.ByShares(Money.Gbp(123.45m), [OneThird]));
        Assert.Equal(Pounds(123.45m), Apportionment.Evenly(Money.Gbp(123.45m), 1));
    }

    [Fact]
    public void Splitting_by_amounts_spreads_in_proportion_to_their_size()
    {
        // £1,000 over cells of £26.5m, £13.25m and £0: 2:1:0 → 666.666… and 333.333… → £666.67 and £333.33.
        var parts = Apportionment.ByAmounts(Money.Gbp(1_000m), [Money.Gbp(26_500_000m), Money.Gbp(13_250_000m), Money.Gbp(0m)]);

        Assert.Equal(Pounds(666.67m, 333.33m, 0m), parts);
    }

    [Fact]
    public void Splitting_by_amounts_weighs_negative_amounts_by_their_size()
    {
        Assert.Equal(Pounds(0.75m, 0.25m), Apportionment.ByAmounts(Money.Gbp(1m), [Money.Gbp(-3m), Money.Gbp(1m)]));
    }

    [Fact]
    public void Splitting_by_percentages_uses_their_exact_shares()
    {
        var parts = Apportionment.ByPercentages(Money.Gbp(26_500_000m), [Percentage.Parse("95%"), Percentage.Parse("2.5%"), Percentage.Parse("2.5%")]);

        Assert.Equal(Pounds(25_175_000m, 662_500m, 662_500m), parts);
    }

    [Fact]
    public void Splitting_by_whole_number_weights_shares_by_months_covered()
    {
        // £100 by 2:1 → 6,666.66…p and 3,333.33…p → 6,666p and 3,333p, 1p left for the larger remainder (⅔ > ⅓).
        Assert.Equal(Pounds(66.67m, 33.33m), Apportionment.ByWeights(Money.Gbp(100m), [2, 1]));
        Assert.Equal(Pounds(0m, 100m), Apportionment.ByWeights(Money.Gbp(100m), [0, 6]));
        Assert.Throws<ArgumentException>(() => Apportionment.ByWeights(Money.Gbp(100m), [1, -1]));
        Assert.Throws<ArgumentException>(() => Apportionment.ByWeights(Money.Gbp(100m), [0, 0]));
        Assert.Throws<ArgumentException>(() => Apportionment.ByWeights(Money.Gbp(100.001m), [1, 1]));
    }

    [Fact]
    public void Parts_keep_the_currency_and_its_minor_unit()
    {
        var yen = Currency.Parse("JPY");

        Assert.Equal([new Money(34m, yen), new Money(33m, yen), new Money(33m, yen)], Apportionment.Evenly(new Money(100m, yen), 3));
        Assert.Equal([new Money(0.67m, Currency.Eur), new Money(0.33m, Currency.Eur)], Apportionment.ByShares(new Money(1m, Currency.Eur), [TwoThirds, OneThird]));
    }

    // ---- caller bugs ----

    [Fact]
    public void An_unrounded_total_cannot_be_split_and_the_message_says_to_round_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Apportionment.ByShares(Money.Gbp(414_062.505m), [TwoThirds, OneThird]));
        Assert.Contains("414062.505", error.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => Apportionment.Evenly(Money.Gbp(0.001m), 2));
        Assert.Throws<ArgumentException>(() => Apportionment.ByAmounts(Money.Gbp(1.005m), [Money.Gbp(1m)]));
        Assert.Throws<ArgumentException>(() => Apportionment.Evenly(new Money(1.5m, Currency.Parse("JPY")), 2));
    }

    [Fact]
    public void Weights_that_are_all_zero_cannot_split_anything()
    {
        var error = Assert.Throws<ArgumentException>(() => Apportionment.ByShares(Money.Gbp(1m), [Share.Zero, Share.Zero]));
        Assert.Contains("zero", error.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => Apportionment.ByShares(Money.Gbp(0m), [Share.Zero]));
        Assert.Throws<ArgumentException>(() => Apportionment.ByAmounts(Money.Gbp(1m), [Money.Gbp(0m), Money.Gbp(0.00m)]));
        Assert.Throws<ArgumentException>(() => Apportionment.ByPercentages(Money.Gbp(1m), [Percentage.Zero]));
    }

    [Fact]
    public void Negative_weights_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Apportionment.ByShares(Money.Gbp(1m), [Share.Whole, Share.FromFraction(-1, 3)]));
        Assert.Throws<ArgumentException>(() => Apportionment.ByPercentages(Money.Gbp(1m), [Percentage.Parse("110%"), Percentage.Parse("-10%")]));
    }

    [Fact]
    public void There_must_be_at_least_one_part()
    {
        Assert.Throws<ArgumentException>(() => Apportionment.ByShares(Money.Gbp(1m), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Evenly(Money.Gbp(1m), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.Evenly(Money.Gbp(1m), -1));
        Assert.Throws<ArgumentNullException>(() => Apportionment.ByShares(Money.Gbp(1m), null!));
    }
}
