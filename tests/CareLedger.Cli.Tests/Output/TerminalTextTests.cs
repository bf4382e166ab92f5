using CareLedger.Cli.Output;

namespace CareLedger.Cli.Tests.Output;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b]0;owned\u0007", "\\u001b]0;owned\\u0007")]
    [InlineData("red \u001b[31mtext", "red \\u001b[31mtext")]
    [InlineData("csi \u009b2J", "csi \\u009b2J")]
    [InlineData("del\u007f", "del\\u007f")]
    [InlineData("pay \u202eA ot 000,1£", "pay \\u202eA ot 000,1£")]
    [InlineData("\u2066isolate\u2069 \u200fmark\u200e \u061c", "\\u2066isolate\\u2069 \\u200fmark\\u200e \\u061c")]
    [InlineData("line\nbreak\ttab\rreturn", "line\\u000abreak\\u0009tab\\u000dreturn")]
    public void Controls_and_bidirectional_overrides_are_shown_as_visible_escapes(string text, string shown)
    {
        Assert.Equal(shown, TerminalText.Escape(text));
    }

    [Fact]
    public void Ordinary_text_is_returned_as_it_is_pound_signs_dashes_and_accents_included()
    {
        const string text = "Sherwood Forest — £1,250.00 to Nottingham, café 50%";

        Assert.Same(text, TerminalText.Escape(text));
    }

    [Fact]
    public void Every_escape_is_a_valid_json_escape_of_the_same_character()
    {
        const string hostile = "\u0000\u001b\u007f\u0085\u009b\u202e\u2069";

        var decoded = System.Text.Json.JsonSerializer.Deserialize<string>("\"" + TerminalText.Escape(hostile) + "\"");

        Assert.Equal(hostile, decoded);
    }
}
