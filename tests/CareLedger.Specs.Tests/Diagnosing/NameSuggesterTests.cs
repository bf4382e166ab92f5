using CareLedger.Specs.Diagnostics;

namespace CareLedger.Specs.Tests.Diagnosing;

public sealed class NameSuggesterTests
{
    private static readonly string[] Templates =
        ["mid-notts-alliance", "bedfordshire-msk-prime", "lambeth-alliance", "staffordshire-prime", "cambs-older-people-prime-provider"];

    private static readonly string[] ActivityColumns =
        ["period", "provider", "service_line", "planned", "actual", "unit_price", "planned_cost", "actual_cost"];

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
    [InlineData("   ")]
    [InlineData("zz")]
    public void Something_unrelated_suggests_nothing(string typed) =>
        Assert.Null(NameSuggester.Suggest(typed, Templates));

    [Fact]
    public void A_transposed_command_name_is_recognised() =>
        Assert.Equal("validate", NameSuggester.Suggest("valdiate", ["validate", "templates", "init"]));

    [Theory]
    [InlineData("weigth", "weight")]
    [InlineData("unit_prise", "unit_price")]
    [InlineData("Provider", "provider")]
    [InlineData(" acutal ", "actual")]
    public void A_typo_in_a_key_suggests_the_key(string written, string expected) =>
        Assert.Equal(expected, NameSuggester.Suggest(written, [.. ActivityColumns, "weight"]));

    [Theory]
    [InlineData(2, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 3)]
    [InlineData(30, 3)]
    public void The_typo_step_allows_one_edit_per_three_letters_of_the_candidate_between_one_and_three(int length, int edits) =>
        Assert.Equal(edits, NameSuggester.AllowedEdits(length));

    [Fact]
    public void A_short_word_two_edits_away_is_not_a_typo() =>
        Assert.Null(NameSuggester.Suggest("to", ["id"]));

    [Fact]
    public void A_long_word_four_edits_away_is_not_a_typo() =>
        Assert.Null(NameSuggester.Suggest("xxxxome-metric", ["outcome-metric"]));

    [Fact]
    public void A_long_word_three_edits_away_is_a_typo() =>
        Assert.Equal("outcome-metric", NameSuggester.Suggest("xxxcome-metric", ["outcome-metric"]));

    [Fact]
    public void The_nearest_typo_wins_over_one_listed_first() =>
        Assert.Equal("plans", NameSuggester.Suggest("plan", ["planned", "plans"]));

    [Fact]
    public void Of_two_equally_near_candidates_the_first_listed_wins() =>
        Assert.Equal("nuh", NameSuggester.Suggest("nuth", ["nuh", "nut"]));

    [Fact]
    public void A_typo_wins_over_a_fragment() =>
        Assert.Equal("years", NameSuggester.Suggest("year", ["year_start", "years"]));

    [Fact]
    public void A_fragment_prefers_a_candidate_that_starts_with_it() =>
        Assert.Equal("unit_price", NameSuggester.Suggest("unit", ["price_unit", "unit_price"]));

    [Fact]
    public void A_fragment_needs_three_letters() =>
        Assert.Null(NameSuggester.Suggest("un", ["price_unit_cost"]));

    [Fact]
    public void An_abbreviation_needs_four_shared_letters() =>
        Assert.Null(NameSuggester.Suggest("stxx", ["staffordshire-prime"]));

    [Fact]
    public void An_abbreviation_matches_a_word_of_a_key_written_with_underscores() =>
        Assert.Equal("service_line", NameSuggester.Suggest("services", ActivityColumns));

    [Fact]
    public void A_suggestion_is_offered_as_a_question() =>
        Assert.Equal("did you mean 'actual'?", NameSuggester.SuggestOrList("acutal", ActivityColumns));

    [Fact]
    public void Without_a_suggestion_the_allowed_words_are_listed() =>
        Assert.Equal("expected one of: half-up, half-even.", NameSuggester.SuggestOrList("bankers", ["half-up", "half-even"]));

    [Fact]
    public void With_nothing_allowed_it_says_so() =>
        Assert.Equal("nothing is allowed here", NameSuggester.SuggestOrList("anything", []));

    [Fact]
    public void A_hint_follows_a_name_in_brackets_or_is_nothing() =>
        Assert.Equal((" (did you mean 'acute'?)", string.Empty), (NameSuggester.Hint("acuet", ["acute"]), NameSuggester.Hint("gp", ["acute"])));

    [Fact]
    public void A_megabyte_of_text_where_a_name_belongs_gets_no_suggestion_and_costs_little()
    {
        // A hostile or misplaced value: comparing it letter by letter with every name took minutes and gigabytes.
        var written = new string('x', 1_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var suggestion = NameSuggester.Suggest(written, Enumerable.Range(0, 100).Select(index => $"name-{index}"));

        Assert.Null(suggestion);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 * 1024 * 1024);
    }
}
