namespace CareLedger.Domain.Tests.Values;

/// <summary>
/// A line split by the largest-remainder rule says so exactly when the rule, not the contract's tie rule on the exact
/// share, set its last penny.
/// </summary>
public sealed class OddPennyTests
{
    private static readonly Share[] Halves = [Share.FromPercent(50m), Share.FromPercent(50m)];
    private static readonly string[] Names = ["Circle", "Bedfordshire CCG"];

    [Fact]
    public void Half_of_an_odd_penny_rounded_half_up_is_explained_on_the_part_that_lost_it()
    {
        var total = Money.Gbp(765_161.25m);
        var parts = Apportionment.ByShares(total, Halves);

        // 50% × £765,161.25 = £382,580.625: half-up gives each £382,580.63, a penny too many in all. The first listed
        // keeps £382,580.63, which is what half-up gives it, so it needs no words; the second's £382,580.62 does.
        Assert.Equal([Money.Gbp(382_580.63m), Money.Gbp(382_580.62m)], parts);
        Assert.Null(OddPenny.Clause(total, Halves, parts, Names, 0, RoundingRule.HalfUp));
        Assert.Equal(
            "£382,580.625 split by the largest-remainder rule; the odd penny went to Circle",
            OddPenny.Clause(total, Halves, parts, Names, 1, RoundingRule.HalfUp));
    }

    [Fact]
    public void Under_half_even_the_same_split_explains_the_other_part()
    {
        var total = Money.Gbp(765_161.25m);
        var parts = Apportionment.ByShares(total, Halves);

        // Half-even takes £382,580.625 to the even £382,580.62: the second part agrees, the first took the odd penny.
        Assert.Equal(
            "£382,580.625 split by the largest-remainder rule; the odd penny went to Circle",
            OddPenny.Clause(total, Halves, parts, Names, 0, RoundingRule.HalfEven));
        Assert.Null(OddPenny.Clause(total, Halves, parts, Names, 1, RoundingRule.HalfEven));
    }

    [Fact]
    public void A_share_with_no_end_to_its_decimals_is_shown_to_four_places_and_marked()
    {
        var total = Money.Gbp(100.00m);
        Share[] thirds = [Share.FromFraction(1, 3), Share.FromFraction(1, 3), Share.FromFraction(1, 3)];
        var parts = Apportionment.ByShares(total, thirds);

        // £100.00 in thirds: £33.34, £33.33, £33.33. The first is not what rounding £33.3333… gives.
        Assert.Equal(
            "£33.3333… split by the largest-remainder rule; the odd penny went to a",
            OddPenny.Clause(total, thirds, parts, ["a", "b", "c"], 0, RoundingRule.HalfUp));
        Assert.Null(OddPenny.Clause(total, thirds, parts, ["a", "b", "c"], 1, RoundingRule.HalfUp));
    }

    [Fact]
    public void A_loss_is_explained_as_a_gain_of_the_same_size()
    {
        var total = Money.Gbp(-0.05m);
        var parts = Apportionment.ByShares(total, Halves);

        // −£0.025 each: the first takes −£0.03, the second −£0.02; half-up (away from zero) gives −£0.03 to both.
        Assert.Equal(
            "-£0.025 split by the largest-remainder rule; the odd penny went to Circle",
            OddPenny.Clause(total, Halves, parts, Names, 1, RoundingRule.HalfUp));
    }

    [Fact]
    public void Many_receivers_are_named_by_the_first_and_a_count()
    {
        var total = Money.Gbp(1_000_000.00m);
        var weights = Enumerable.Repeat(Share.Whole, 12).ToArray();
        var parts = Apportionment.ByShares(total, weights);
        var names = Enumerable.Range(1, 12).Select(month => $"M{month:D2}").ToArray();

        // 100,000,000p ÷ 12 = 8,333,333 rem 4: M01–M04 take £83,333.34 where rounding £83,333.3333… gives £83,333.33.
        Assert.Equal(
            "£83,333.3333… split by the largest-remainder rule; the odd pennies went to M01 and 3 others",
            OddPenny.Clause(total, weights, parts, names, 0, RoundingRule.HalfUp));
        Assert.Null(OddPenny.Clause(total, weights, parts, names, 11, RoundingRule.HalfUp));
    }
}
