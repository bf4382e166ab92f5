using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Domain.Tests.Values;

public class IdTests
{
    [Theory]
    [InlineData("sherwood-forest")]
    [InlineData("elective")]
    [InlineData("a")]
    [InlineData("9")]
    [InlineData("111-nhs")]
    [InlineData("mid-notts-2016-17")]
    [InlineData("a-")] // a trailing or doubled hyphen is odd but harmless
    [InlineData("a--b")]
    public void Lower_case_letters_digits_and_hyphens_make_an_id(string text)
    {
        Assert.True(Id<Party>.IsWellFormed(text));
        Assert.True(Id<Party>.TryCreate(text, out var id));
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
        Assert.Equal(id, Id<Party>.Of(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Sherwood")]
    [InlineData("sherwood Forest")]
    [InlineData("sherwood_forest")]
    [InlineData("sherwood.forest")]
    [InlineData("-leading-hyphen")]
    [InlineData(" padded")]
    [InlineData("padded ")]
    [InlineData("café")]
    [InlineData("ａ")] // full-width letter
    [InlineData("\u0661")] // Arabic-Indic one: a digit, but not an ASCII one
    public void Anything_else_is_not_an_id(string? text)
    {
        Assert.False(Id<Party>.IsWellFormed(text));
        Assert.False(Id<Party>.TryCreate(text, out var id));
        Assert.Equal(default, id);
        var error = Assert.Throws<ArgumentException>(() => Id<Party>.Of(text!));
        Assert.Contains("lower-case letters, digits and hyphens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_can_be_up_to_sixty_four_characters()
    {
        Assert.Equal(64, Id<Party>.MaxLength);
        Assert.True(Id<Party>.TryCreate(new string('a', 64), out _));
        Assert.False(Id<Party>.TryCreate(new string('a', 65), out _));
        Assert.False(Id<Party>.IsWellFormed("a" + new string('-', 64)));
    }

    [Fact]
    public void The_default_value_is_the_empty_id()
    {
        var id = default(Id<Party>);

        Assert.Equal(string.Empty, id.Value);
        Assert.Equal(string.Empty, id.ToString());
        Assert.False(Id<Party>.IsWellFormed(id.Value));
        Assert.NotEqual(Id<Party>.Of("a"), id);
    }

    [Fact]
    public void Ids_are_equal_by_their_text()
    {
        Assert.Equal(Id<Party>.Of("nuh"), Id<Party>.Of("nuh"));
        Assert.True(Id<Party>.Of("nuh") == Id<Party>.Of("nuh"));
        Assert.True(Id<Party>.Of("nuh") != Id<Party>.Of("ulh"));
        Assert.Equal(Id<Party>.Of("nuh").GetHashCode(), Id<Party>.Of("nuh").GetHashCode());
        Assert.True(Id<Party>.Of("nuh").Equals((object)Id<Party>.Of("nuh")));
    }

    [Fact]
    public void Equality_is_per_kind_so_a_party_id_never_equals_a_service_line_id()
    {
        object party = Id<Party>.Of("elective");
        object serviceLine = Id<ServiceLine>.Of("elective");

        Assert.False(party.Equals(serviceLine));
        Assert.False(serviceLine.Equals(party));
        Assert.False(party.Equals("elective"));
    }

    [Fact]
    public void Ids_order_ordinally()
    {
        Assert.True(Id<Party>.Of("a") < Id<Party>.Of("b"));
        Assert.True(Id<Party>.Of("a-b") < Id<Party>.Of("ab")); // '-' sorts before letters
        Assert.True(Id<Party>.Of("10") < Id<Party>.Of("9"));   // text, not numbers
        Assert.True(Id<Party>.Of("nuh") <= Id<Party>.Of("nuh"));
        Assert.True(Id<Party>.Of("ulh") >= Id<Party>.Of("nuh"));
        Assert.True(Id<Party>.Of("ulh") > Id<Party>.Of("nuh"));
        Assert.True(default(Id<Party>) < Id<Party>.Of("a"));

        Id<Party>[] ids = [Id<Party>.Of("ulh"), Id<Party>.Of("emas"), Id<Party>.Of("nuh")];
        Array.Sort(ids);
        Assert.Equal(["emas", "nuh", "ulh"], ids.Select(id => id.Value));
    }
}
