namespace CareLedger.Cli.Tests;

public sealed class NameSuggesterTests
{
    private static readonly string[] Templates =
        ["mid-notts-alliance", "bedfordshire-msk-prime", "lambeth-alliance", "staffordshire-prime", "cambs-older-people-prime-provider"];

    [Theory]
    [InlineData("mid-nots-alliance", "mid-notts-alliance")]
    [InlineData("lambeth-aliance", "lambeth-alliance")]
    [InlineData("bedfordshire", "bedfordshire-msk-prime")]
    [InlineData("MID-NOTTS-ALLIANCE", "mid-notts-alliance")]
    [InlineData("msk", "bedfordshire-msk-prime")]
    [InlineData("staffs", "staffordshire-prime")]
    [InlineData("cambridge", "cambs-older-people-prime-provider")]
    [InlineData("bedford-msk", "bedfordshire-msk-prime")]
    public void A_near_miss_or_a_fragment_suggests_the_intended_name(string typed, string expected) =>
        Assert.Equal(expected, NameSuggester.Suggest(typed, Templates));

    [Theory]
    [InlineData("salary-sacrifice")]
    [InlineData("")]
    [InlineData("zz")]
    public void Something_unrelated_suggests_nothing(string typed) =>
        Assert.Null(NameSuggester.Suggest(typed, Templates));

    [Fact]
    public void A_transposed_command_name_is_recognised() =>
        Assert.Equal("validate", NameSuggester.Suggest("valdiate", ["validate", "templates", "init"]));
}
