using CareLedger.Specs.Actuals;

namespace CareLedger.Specs.Tests.Actuals;

/// <summary>The small RFC 4180 reader: cells, quotes, line ends, row numbers and syntax errors.</summary>
public sealed class CsvTableTests
{
    [Fact]
    public void Cells_are_split_on_commas_and_rows_on_line_breaks_of_any_kind()
    {
        var (rows, errors) = CsvTable.Parse("a,b\r\nc,d\ne,f\rg,h");

        Assert.Empty(errors);
        Assert.Equal(
            [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]],
            rows.Select(row => row.Cells.Select(cell => cell.Text).ToArray()));
        Assert.Equal([1, 2, 3, 4], rows.Select(row => row.Number));
    }

    [Fact]
    public void Quoted_cells_hold_commas_doubled_quotes_and_line_breaks()
    {
        var (rows, errors) = CsvTable.Parse("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nnext");

        Assert.Empty(errors);
        Assert.Equal(["a,b", "say \"hi\"", "two\r\nlines"], rows[0].Cells.Select(cell => cell.Text));
        Assert.All(rows[0].Cells, cell => Assert.True(cell.Quoted));
        Assert.Equal(2, rows[1].Number);
    }

    [Fact]
    public void Empty_cells_and_a_trailing_comma_give_empty_text()
    {
        var (rows, _) = CsvTable.Parse("a,,c,\n");

        Assert.Equal(["a", string.Empty, "c", string.Empty], rows.Single().Cells.Select(cell => cell.Text));
        Assert.Equal([1, 2, 3, 4], rows.Single().Cells.Select(cell => cell.Column));
    }

    [Fact]
    public void A_blank_line_is_a_row_that_is_counted_and_marked_blank()
    {
        var (rows, _) = CsvTable.Parse("a\n\nb\n");

        Assert.Equal([(1, false), (2, true), (3, false)], rows.Select(row => (row.Number, row.IsBlank)));
    }

    [Fact]
    public void An_empty_quoted_cell_is_not_a_blank_line()
    {
        var (rows, _) = CsvTable.Parse("\"\"\n");

        Assert.False(Assert.Single(rows).IsBlank);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped()
    {
        var (rows, _) = CsvTable.Parse("\uFEFFyear,heads");

        Assert.Equal("year", rows[0].Cells[0].Text);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opened()
    {
        var (_, errors) = CsvTable.Parse("a,b\nc,\"open\nmore,text\n");

        var error = Assert.Single(errors);
        Assert.Equal((2, 2), (error.Row, error.Column));
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported_at_its_cell()
    {
        var (rows, errors) = CsvTable.Parse("a,\"b\"c,d\n");

        var error = Assert.Single(errors);
        Assert.Equal((1, 2), (error.Row, error.Column));
        Assert.Contains("after the closing quote", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, rows[0].Cells.Count);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_cell_is_reported()
    {
        var (_, errors) = CsvTable.Parse("a,5\" screen\n");

        var error = Assert.Single(errors);
        Assert.Equal((1, 2), (error.Row, error.Column));
        Assert.Contains("must be written in quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spaces_before_an_opening_quote_are_dropped()
    {
        var (rows, errors) = CsvTable.Parse("a, \"b,c\"\n");

        Assert.Empty(errors);
        Assert.Equal(["a", "b,c"], rows[0].Cells.Select(cell => cell.Text));
    }

    [Fact]
    public void An_empty_file_has_no_rows()
    {
        Assert.Empty(CsvTable.Parse(string.Empty).Rows);
        Assert.Empty(CsvTable.Parse("\uFEFF").Rows);
    }
}
