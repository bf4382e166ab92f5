using System.Reflection;
using CareLedger.Domain.Allocation;
using CareLedger.Domain.Budgets;
using CareLedger.Domain.Contracts;
using CareLedger.Domain.Settlement;

namespace CareLedger.Domain.Tests.Values;

public sealed class SpecWordsTests
{
    private enum Colour
    {
        Red,
        Green,
    }

    public static TheoryData<string> Lists =>
    [
        .. typeof(SpecWords).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(WordList<>))
            .Select(property => property.Name),
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_value_of_every_list_reads_back_from_its_word(string list)
    {
        var words = typeof(SpecWords).GetProperty(list)!.GetValue(null)!;
        var type = words.GetType();
        var enumType = type.GetGenericArguments()[0];
        foreach (var value in Enum.GetValues(enumType))
        {
            var word = (string)type.GetMethod(nameof(WordList<Colour>.WordFor))!.Invoke(words, [value])!;
            object?[] arguments = [word, null];
            var read = (bool)type.GetMethod(nameof(WordList<Colour>.TryParse))!.Invoke(words, arguments)!;

            Assert.True(read && Equals(arguments[1], value), $"{list}: '{word}' does not read back as {value}.");
            Assert.Matches("^[a-z]+(-[a-z]+)*$", word);
        }
    }

    [Fact]
    public void A_list_that_leaves_a_value_without_a_word_is_a_bug() =>
        Assert.Throws<ArgumentException>(() => new WordList<Colour>("colour", ("red", Colour.Red)));

    [Fact]
    public void A_list_that_gives_a_value_two_words_is_a_bug() =>
        Assert.Throws<ArgumentException>(() => new WordList<Colour>("colour", ("red", Colour.Red), ("scarlet", Colour.Red), ("green", Colour.Green)));

    [Fact]
    public void A_list_that_gives_a_word_two_values_is_a_bug() =>
        Assert.Throws<ArgumentException>(() => new WordList<Colour>("colour", ("red", Colour.Red), ("red", Colour.Green)));

    [Fact]
    public void A_value_outside_the_enum_has_no_word() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SpecWords.Rounding.WordFor((RoundingRule)7));

    [Theory]
    [InlineData("Half-Up")]
    [InlineData(" half-up")]
    [InlineData("half_up")]
    [InlineData("")]
    [InlineData(null)]
    public void Words_match_exactly(string? written) =>
        Assert.False(SpecWords.Rounding.TryParse(written, out _));

    [Fact]
    public void The_words_are_listed_in_the_spec_s_order() =>
        Assert.Equal(["alliance", "prime-contractor", "prime-provider", "hybrid"], SpecWords.Model.Words);

    [Fact]
    public void The_spec_names_of_the_domain_are_the_lists_words()
    {
        Assert.Equal("half-even", RoundingRule.HalfEven.ToSpecName());
        Assert.Equal("population-growth", AdjustmentKind.PopulationGrowth.ToSpecName());
        Assert.Equal("management-fee", PaymentElement.ManagementFee.ToSpecName());
        Assert.Equal("risk-share", StatementElement.RiskShare.ToSpecName());
        Assert.Equal("prime-contractor", SpecWords.Model.WordFor(ContractModel.PrimeContractor));
    }

    [Fact]
    public void A_statement_element_reads_from_its_word_and_nothing_else()
    {
        Assert.True(StatementElementExtensions.TryParse("shared-savings", out var element));
        Assert.Equal(StatementElement.SharedSavings, element);
        Assert.False(StatementElementExtensions.TryParse("SharedSavings", out _));
    }

    [Fact]
    public void Shift_and_vat_are_not_words_of_an_adjustment_kind() =>
        Assert.False(SpecWords.AdjustmentKind.TryParse(SpecWords.Shift, out _) || SpecWords.AdjustmentKind.TryParse(SpecWords.Vat, out _));
}
