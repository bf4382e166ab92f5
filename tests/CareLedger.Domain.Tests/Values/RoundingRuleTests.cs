namespace CareLedger.Domain.Tests.Values;

public class RoundingRuleTests
{
    [Fact]
    public void Half_up_is_away_from_zero_and_half_even_is_banker_s_rounding()
    {
        Assert.Equal(MidpointRounding.AwayFromZero, RoundingRule.HalfUp.ToMidpointRounding());
        Assert.Equal(MidpointRounding.ToEven, RoundingRule.HalfEven.ToMidpointRounding());
    }

    [Fact]
    public void The_spec_names_are_the_ones_contract_files_use()
    {
        Assert.Equal("half-up", RoundingRule.HalfUp.ToSpecName());
        Assert.Equal("half-even", RoundingRule.HalfEven.ToSpecName());
    }

    [Fact]
    public void The_default_rule_is_half_up()
    {
        Assert.Equal(RoundingRule.HalfUp, default);
    }

    [Fact]
    public void An_undefined_rule_is_a_caller_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RoundingRule)99).ToMidpointRounding());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RoundingRule)99).ToSpecName());
    }
}
