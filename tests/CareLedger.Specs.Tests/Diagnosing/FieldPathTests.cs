using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Diagnosing;

public sealed class FieldPathTests
{
    [Fact]
    public void The_default_path_is_the_document_as_a_whole_written_empty() =>
        Assert.Equal((true, string.Empty, FieldPath.Root), (default(FieldPath).IsRoot, default(FieldPath).ToString(), default(FieldPath)));

    [Fact]
    public void Keys_join_with_dots_and_list_items_take_their_number_from_zero()
    {
        var path = FieldPath.Root.Key("payment").Key("variable").Key("mechanisms").Item(2).Key("cap");

        Assert.Equal("payment.variable.mechanisms[2].cap", path.ToString());
    }

    [Fact]
    public void A_year_label_is_a_plain_key() =>
        Assert.Equal("payment.outcome.share.2016/17", FieldPath.Parse("payment.outcome.share").Key("2016/17").ToString());

    [Theory]
    [InlineData("a.b", "parties[\"a.b\"]")]
    [InlineData("", "parties[\"\"]")]
    [InlineData("say \"hi\"", "parties[\"say \\\"hi\\\"\"]")]
    [InlineData("[0]", "parties[\"[0]\"]")]
    public void A_key_that_cannot_be_written_plainly_is_quoted_in_brackets(string key, string expected) =>
        Assert.Equal(expected, FieldPath.Root.Key("parties").Key(key).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("activity")]
    [InlineData("activity[4].actual")]
    [InlineData("outcomes.frameworks[0].outcomes[3].weight")]
    [InlineData("[0][1]")]
    [InlineData("parties[\"a.b\"].id")]
    [InlineData("baseline.spend[10].amount.2016/17")]
    public void Every_path_reads_back_from_its_text(string text) =>
        Assert.Equal(text, FieldPath.Parse(text).ToString());

    [Theory]
    [InlineData(".activity")]
    [InlineData("activity.")]
    [InlineData("activity..actual")]
    [InlineData("activity[]")]
    [InlineData("activity[-1]")]
    [InlineData("activity[01]")]
    [InlineData("activity[x]")]
    [InlineData("activity[4")]
    [InlineData("activity[4]actual")]
    [InlineData("parties[\"plain\"]")]
    [InlineData("parties[\"open")]
    [InlineData("a]b")]
    public void Text_that_is_not_a_canonical_path_does_not_parse(string text)
    {
        Assert.False(FieldPath.TryParse(text, out var path));
        Assert.True(path.IsRoot);
        Assert.Throws<FormatException>(() => FieldPath.Parse(text));
    }

    [Fact]
    public void Null_does_not_parse() => Assert.False(FieldPath.TryParse(null, out _));

    [Fact]
    public void Equal_paths_are_equal_however_they_were_built()
    {
        var built = FieldPath.Root.Key("activity").Item(4).Key("actual");
        var parsed = FieldPath.Parse("activity[4].actual");

        Assert.Equal(built, parsed);
        Assert.True(built == parsed);
        Assert.Equal(built.GetHashCode(), parsed.GetHashCode());
        Assert.NotEqual(built, FieldPath.Parse("activity[4].planned"));
    }

    [Fact]
    public void Paths_order_list_items_by_number_and_a_path_before_those_inside_it()
    {
        string[] written = ["activity[10]", "activity[2].actual", "activity[2]", "", "activity", "activity.unit_price", "indicators[0]"];

        var sorted = written.Select(FieldPath.Parse).Order().Select(path => path.ToString());

        Assert.Equal(["", "activity", "activity.unit_price", "activity[2]", "activity[2].actual", "activity[10]", "indicators[0]"], sorted);
    }

    [Fact]
    public void The_comparison_operators_agree_with_the_order()
    {
        var first = FieldPath.Parse("activity[2]");
        var second = FieldPath.Parse("activity[10]");

        Assert.True(first < second && second > first && first <= FieldPath.Parse("activity[2]") && second >= first);
    }

    [Fact]
    public void A_path_lies_within_itself_and_its_ancestors_only()
    {
        var cap = FieldPath.Parse("payment.variable.mechanisms[2].cap");

        Assert.True(cap.IsWithin(FieldPath.Parse("payment")));
        Assert.True(cap.IsWithin(FieldPath.Parse("payment.variable.mechanisms[2]")));
        Assert.True(cap.IsWithin(cap));
        Assert.True(cap.IsWithin(FieldPath.Root));
        Assert.False(cap.IsWithin(FieldPath.Parse("payment.variable.mechanisms[20]")));
        Assert.False(cap.IsWithin(FieldPath.Parse("pay")));
        Assert.False(FieldPath.Parse("payment").IsWithin(cap));
    }

    [Fact]
    public void A_negative_list_item_is_a_caller_bug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FieldPath.Root.Key("activity").Item(-1));

    [Fact]
    public void The_text_form_of_a_finding_does_not_show_its_path()
    {
        var diagnostic = new Diagnostic(new SourceLocation("c.yaml", 3, 7, FieldPath.Parse("payment.outcome.share")), Severity.Error, "CL005", "needs a unit");

        Assert.Equal(("c.yaml:3:7: error CL005: needs a unit", "payment.outcome.share"), (diagnostic.ToString(), diagnostic.Path.ToString()));
    }
}
