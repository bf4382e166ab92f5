using CareLedger.Application.Csv;

namespace CareLedger.Application.Tests;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("@x", "'@x")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-", "'-")]
    [InlineData("-1e5", "'-1e5")]
    [InlineData("--1", "'--1")]
    [InlineData("+1250.00", "'+1250.00")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_a_quote(string cell, string expected) =>
        Assert.Equal(expected, CsvWriter.FormatField(cell));

    [Theory]
    [InlineData("-1250.00")]
    [InlineData("1250.00")]
    [InlineData("-0.01")]
    [InlineData("-42")]
    [InlineData("0")]
    public void Plain_numbers_stay_numbers(string amount) =>
        Assert.Equal(amount, CsvWriter.FormatField(amount));

    [Fact]
    public void A_grouped_negative_amount_is_quoted_for_its_commas_but_not_prefixed() =>
        Assert.Equal("\"-1,250.00\"", CsvWriter.FormatField("-1,250.00"));

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("line one\r\nline two", "\"line one\r\nline two\"")]
    [InlineData("plain text", "plain text")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_as_RFC_4180_says(string cell, string expected) =>
        Assert.Equal(expected, CsvWriter.FormatField(cell));

    [Fact]
    public void A_formula_with_quotes_is_both_prefixed_and_quoted() =>
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvWriter.FormatField("=HYPERLINK(\"http://x\",\"y\")"));

    [Fact]
    public void A_leading_carriage_return_is_prefixed_and_quoted() =>
        Assert.Equal("\"'\rcmd\"", CsvWriter.FormatField("\rcmd"));

    [Fact]
    public void Records_end_with_CRLF_and_null_cells_are_empty_fields()
    {
        using var text = new StringWriter();
        var csv = new CsvWriter(text);

        csv.WriteRow("provider", "amount", "note");
        csv.WriteRow("nuh", "-1250.00", null);
        csv.WriteRow("=evil", "+1", "a, b");

        Assert.Equal("provider,amount,note\r\nnuh,-1250.00,\r\n'=evil,'+1,\"a, b\"\r\n", text.ToString());
    }
}
