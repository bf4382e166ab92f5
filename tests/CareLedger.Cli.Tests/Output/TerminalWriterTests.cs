using CareLedger.Cli.Output;

namespace CareLedger.Cli.Tests.Output;

public sealed class TerminalWriterTests
{
    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Through(Action<TerminalWriter> write)
    {
        using var inner = new StringWriter { NewLine = "\n" };
        using (var writer = TerminalWriter.Over(inner))
        {
            write(writer);
        }

        return inner.ToString();
    }

    [Fact]
    public void Escape_sequences_in_written_text_reach_the_stream_escaped()
    {
        var written = Through(writer => writer.WriteLine("Party \u001b]0;owned\u0007 name\u001b[2J"));

        Assert.Equal("Party \\u001b]0;owned\\u0007 name\\u001b[2J\n", written);
    }

    [Fact]
    public void Line_feeds_tabs_and_crlf_line_ends_pass_through()
    {
        var written = Through(writer => writer.Write("a,b\r\nc\td\ne\r\n"));

        Assert.Equal("a,b\r\nc\td\ne\r\n", written);
    }

    [Fact]
    public void A_lone_carriage_return_that_would_overwrite_the_line_is_escaped()
    {
        var written = Through(writer => writer.Write("paid £10\rpaid £99"));

        Assert.Equal("paid £10\\u000dpaid £99", written);
    }

    [Fact]
    public void A_crlf_split_across_two_writes_is_still_a_line_end()
    {
        var written = Through(writer =>
        {
            writer.Write("record\r");
            writer.Write('\n');
            writer.Write("next\r");
            writer.Write("x");
        });

        Assert.Equal("record\r\nnext\\u000dx", written);
    }

    [Fact]
    public void A_carriage_return_last_of_all_is_escaped_when_the_writer_is_flushed()
    {
        using var inner = new StringWriter();
        var writer = TerminalWriter.Over(inner);

        writer.Write("end\r");
        writer.Flush();

        Assert.Equal("end\\u000d", inner.ToString());
    }

    [Fact]
    public void Only_the_bold_style_of_a_header_is_written_as_an_escape_sequence()
    {
        var written = Through(writer => writer.WriteBold("Name \u001b[31m"));

        Assert.Equal("\u001b[1mName \\u001b[31m\u001b[0m", written);
    }

    [Fact]
    public void Guarding_a_guarded_writer_adds_nothing()
    {
        using var inner = new StringWriter();
        var writer = TerminalWriter.Over(inner);

        Assert.Same(writer, TerminalWriter.Over(writer));
    }

    [Fact]
    public void Json_written_through_the_guard_reads_back_to_the_same_text()
    {
        var document = new { name = "A \u202e B \u0085 C \u007f D \u001b" };
        var json = System.Text.Json.JsonSerializer.Serialize(document, RelaxedJson);

        var written = Through(writer => writer.Write(json));

        Assert.DoesNotContain(written, TerminalText.IsUnsafe);
        Assert.Equal(document.name, System.Text.Json.JsonDocument.Parse(written).RootElement.GetProperty("name").GetString());
    }
}
