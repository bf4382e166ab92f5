using CareLedger.Specs.Actuals;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>Rows read one at a time: the rows and problems of <see cref="CsvTable.Parse"/>, each problem known once its row is read.</summary>
public sealed class CsvRowReaderTests
{
    [Fact]
    public void A_syntax_error_is_known_once_the_row_holding_it_is_read()
    {
        var reader = new CsvRowReader("a,b\nc\"d,e\nf,g\n");

        Assert.True(reader.TryRead(out var first));
        Assert.Equal(1, first.Number);
        Assert.Empty(reader.Errors);

        Assert.True(reader.TryRead(out var second));
        var error = Assert.Single(reader.Errors);
        Assert.Equal((2, 1), (error.Row, error.Column));
        Assert.Equal(["c\"d", "e"], second.Cells.Select(cell => cell.Text));

        Assert.True(reader.TryRead(out var third));
        Assert.Equal(3, third.Number);
        Assert.False(reader.TryRead(out _));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_end_and_its_row_is_not_a_row()
    {
        var reader = new CsvRowReader("a,b\nc,\"d\ne,f");

        Assert.True(reader.TryRead(out _));
        Assert.False(reader.TryRead(out _));
        var error = Assert.Single(reader.Errors);
        Assert.Equal((2, 2), (error.Row, error.Column));
        Assert.False(reader.TryRead(out _));
    }

    [Theory]
    [InlineData("a,b\r\nc,d\ne,f\rg,h")]
    [InlineData("\uFEFF \"x, y\" ,z\n\n\"two\r\nlines\",\"say \"\"hi\"\"\"\nlast,")]
    [InlineData("p,q\n\"open,r\ns,t")]
    public void Rows_read_one_at_a_time_are_the_rows_of_the_whole_table(string text)
    {
        var (rows, errors) = CsvTable.Parse(text);
        var reader = new CsvRowReader(text);
        var read = new List<CsvRow>();
        while (reader.TryRead(out var row))
        {
            read.Add(row);
        }

        Assert.Equal(Describe(rows), Describe(read));
        Assert.Equal(errors, reader.Errors);
    }

    [Theory]
    [InlineData("x", new[] { "1: 1=x" })]
    [InlineData("a,b\nc", new[] { "1: 1=a|2=b", "2: 1=c" })]
    [InlineData("a,b\n,", new[] { "1: 1=a|2=b", "2: 1=|2=" })]
    [InlineData("a,,b\r\n", new[] { "1: 1=a|2=|3=b" })]
    [InlineData("  \"q\" ,r", new[] { "1: 1q=q|2=r" })]
    public void Unquoted_cells_are_taken_whole_up_to_the_end_of_the_text(string text, string[] expected)
    {
        var reader = new CsvRowReader(text);
        var read = new List<CsvRow>();
        while (reader.TryRead(out var row))
        {
            read.Add(row);
        }

        Assert.Equal(expected, Describe(read));
        Assert.Empty(reader.Errors);
    }

    [Fact]
    public void A_value_repeated_down_a_column_is_one_string()
    {
        // A million rows repeat a few periods and providers; each is kept once, not once a row.
        var reader = new CsvRowReader("2016/17-M01,provider-1\n2016/17-M01,provider-1\n");
        Assert.True(reader.TryRead(out var first));
        Assert.True(reader.TryRead(out var second));

        Assert.Same(first.Cells[0].Text, second.Cells[0].Text);
        Assert.Same(first.Cells[1].Text, second.Cells[1].Text);
    }

    private static string[] Describe(IEnumerable<CsvRow> rows) =>
        [.. rows.Select(row => $"{row.Number}: " + string.Join("|", row.Cells.Select(cell => $"{cell.Column}{(cell.Quoted ? "q" : string.Empty)}={cell.Text}")))];
}
