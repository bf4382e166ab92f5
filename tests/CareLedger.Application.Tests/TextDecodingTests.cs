using System.Text;
using CareLedger.Application.Inputs;

namespace CareLedger.Application.Tests;

/// <summary>Bytes become text only as UTF-8; anything else is reported at its line and column, never replaced.</summary>
public sealed class TextDecodingTests
{
    [Fact]
    public void UTF8_with_or_without_a_byte_order_mark_reads_as_the_same_text()
    {
        var plain = TextDecoding.Decode("c.yaml", "name: Café £1m\n"u8);
        var marked = TextDecoding.Decode("c.yaml", [0xEF, 0xBB, 0xBF, .. "name: Café £1m\n"u8]);

        Assert.Equal("name: Café £1m\n", plain.Value!.Text);
        Assert.Equal(plain.Value, marked.Value);
    }

    [Fact]
    public void An_invalid_byte_is_reported_at_its_line_and_character_column()
    {
        // Line 2 is "  name: £é" + 0xE9: '£' and 'é' are two bytes each but one column each, so 0xE9 is column 11.
        byte[] bytes = [.. "contract:\n  name: £é"u8, 0xE9, .. "\n"u8];

        var result = TextDecoding.Decode("c.yaml", bytes);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Null(result.Value);
        Assert.Equal(("c.yaml", 2, 11), (finding.Location.File, finding.Location.Line, finding.Location.Column));
        Assert.Equal("CL012", finding.Code);
        Assert.Contains("0xE9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NUL_byte_means_a_binary_file_and_is_located()
    {
        var result = TextDecoding.Decode("a.csv", [.. "a,b\n1,"u8, 0, .. "2\n"u8]);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal((2, 3), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("not a text file", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_only_NUL_bytes_is_not_called_empty()
    {
        var result = TextDecoding.Decode("zeros.yaml", new byte[1000]);

        Assert.Contains("NUL", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF16_text_is_refused_with_how_to_save_it_as_UTF8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a,b\n")).ToArray();

        var result = TextDecoding.Decode("a.csv", bytes);

        Assert.Contains("UTF-16", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_byte_far_into_a_long_file_is_found()
    {
        var line = "a,b,c,d,e,f,g,h\n"u8.ToArray();
        var bytes = Enumerable.Repeat(line, 10_000).SelectMany(row => row).Append((byte)0xFF).ToArray();

        var finding = Assert.Single(TextDecoding.Decode("big.csv", bytes).Diagnostics);

        Assert.Equal((10_001, 1), (finding.Location.Line, finding.Location.Column));
    }
}
