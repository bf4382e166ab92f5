using CareLedger.Cli.Output;

namespace CareLedger.Cli.Tests.Output;

public sealed class TextTableTests
{
    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    [Fact]
    public void Figures_are_right_aligned_under_an_underlined_header()
    {
        var table = new TextTable(new TableColumn("Provider"), new TableColumn("Contract value"), new TableColumn("Share"))
            .AddRow("Sherwood Forest Hospitals", "£81,250.00", "45%")
            .AddRow("NUH", "-£750.50", "5.5%");

        Assert.Equal(
            Lines(
                "Provider                   Contract value  Share",
                "-------------------------  --------------  -----",
                "Sherwood Forest Hospitals      £81,250.00    45%",
                "NUH                              -£750.50   5.5%"),
            table.ToString());
    }

    [Fact]
    public void Column_widths_come_from_the_widest_cell_or_header()
    {
        var table = new TextTable(TableColumn.Left("A long header"), TableColumn.Left("B"))
            .AddRow("x", "a much longer cell");

        Assert.Equal(
            Lines(
                "A long header  B",
                "-------------  ------------------",
                "x              a much longer cell"),
            table.ToString());
    }

    [Fact]
    public void A_column_with_any_text_stays_left_aligned()
    {
        var table = new TextTable(new TableColumn("Id"))
            .AddRow("12")
            .AddRow("elective");

        Assert.Equal(Lines("Id", "--------", "12", "elective"), table.ToString());
    }

    [Fact]
    public void Dashes_and_blanks_do_not_stop_a_column_counting_as_figures()
    {
        var table = new TextTable(TableColumn.Left("Step"), new TableColumn("Amount"))
            .AddRow("Baseline", "£1,000.00")
            .AddRow("VAT (unfunded)", "—")
            .AddRow("Note", null);

        Assert.Equal(
            Lines(
                "Step               Amount",
                "--------------  ---------",
                "Baseline        £1,000.00",
                "VAT (unfunded)          —",
                "Note"),
            table.ToString());
    }

    [Fact]
    public void Explicit_alignment_overrides_detection()
    {
        var table = new TextTable(TableColumn.Right("Code"), TableColumn.Left("Count"))
            .AddRow("CL001", "3");

        Assert.Equal(Lines(" Code  Count", "-----  -----", "CL001  3"), table.ToString());
    }

    [Fact]
    public void Line_breaks_and_tabs_in_cells_print_as_spaces_so_rows_stay_on_one_line()
    {
        var table = new TextTable(TableColumn.Left("Name"), TableColumn.Left("Note"))
            .AddRow("a\nb", "c\td\r\ne");

        Assert.Equal(Lines("Name  Note", "----  -----", "a b   c d e"), table.ToString());
    }

    [Fact]
    public void Lines_never_end_in_spaces()
    {
        var table = new TextTable(TableColumn.Left("Name"), TableColumn.Left("Note"))
            .AddRow("a long name", string.Empty)
            .AddRow("b", "note");

        Assert.All(table.ToString().Split('\n'), line => Assert.False(line.EndsWith(' '), $"'{line}' ends in a space"));
    }

    [Fact]
    public void No_escape_codes_are_written_unless_colour_is_asked_for()
    {
        var table = new TextTable(TableColumn.Left("Name")).AddRow("x");
        using var plain = new StringWriter();
        using var coloured = new StringWriter();

        table.Write(plain);
        table.Write(coloured, useColour: true);

        Assert.DoesNotContain('\u001b', plain.ToString());
        Assert.Contains("\u001b[1mName\u001b[0m", coloured.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_with_no_rows_still_prints_its_header()
    {
        var table = new TextTable(TableColumn.Left("Name"), new TableColumn("Amount"));

        Assert.Equal(Lines("Name  Amount", "----  ------"), table.ToString());
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_a_caller_bug()
    {
        var table = new TextTable(TableColumn.Left("A"), TableColumn.Left("B"));

        Assert.Throws<ArgumentException>(() => table.AddRow("only one"));
    }

    [Fact]
    public void A_column_with_a_maximum_width_wraps_at_spaces_onto_continuation_lines()
    {
        var table = new TextTable(TableColumn.Left("Name"), TableColumn.Left("Summary", maxWidth: 12), new TableColumn("Value"))
            .AddRow("alpha", "one two three four five", "£1.00")
            .AddRow("beta", "short", "£2.00");

        Assert.Equal(
            Lines(
                "Name   Summary     Value",
                "-----  ----------  -----",
                "alpha  one two     £1.00",
                "       three four",
                "       five",
                "beta   short       £2.00"),
            table.ToString());
    }

    [Fact]
    public void A_word_longer_than_the_maximum_width_is_cut()
    {
        var table = new TextTable(TableColumn.Left("Id", maxWidth: 4)).AddRow("abcdefghij k");

        Assert.Equal(Lines("Id", "----", "abcd", "efgh", "ij k"), table.ToString());
    }

    [Fact]
    public void Control_characters_print_escaped_and_the_columns_still_line_up()
    {
        var table = new TextTable(TableColumn.Left("Name"), TableColumn.Right("Amount"))
            .AddRow("Evil\u001b[2J\u0007", "£1.00")
            .AddRow("\u202eRTL", "£20.00");

        Assert.Equal(
            Lines(
                "Name                 Amount",
                "-------------------  ------",
                "Evil\\u001b[2J\\u0007   £1.00",
                "\\u202eRTL            £20.00"),
            table.ToString());
    }

    [Fact]
    public void A_long_cell_in_a_column_that_does_not_wrap_is_cut_with_an_ellipsis()
    {
        var table = new TextTable(TableColumn.Left("Name")).AddRow(new string('n', 5_000));

        var row = table.ToString().Split('\n')[2];

        Assert.Equal(TextTable.MaxUnwrappedLength, row.Length);
        Assert.Equal(new string('n', TextTable.MaxUnwrappedLength - 1) + "…", row);
    }

    [Fact]
    public void A_long_cell_in_a_wrapping_column_shows_its_first_lines_the_last_ending_in_an_ellipsis()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2_000).Select(index => $"w{index % 10}"));
        var table = new TextTable(TableColumn.Left("Reason", maxWidth: 20)).AddRow(words);

        var lines = table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];

        Assert.Equal(TextTable.MaxLines, lines.Length);
        Assert.All(lines, line => Assert.True(line.Length <= 20, line));
        Assert.Equal("w0 w1 w2 w3 w4 w5 w6", lines[0]);
        Assert.EndsWith("…", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbroken_megabyte_in_a_wrapping_column_is_cut_to_full_lines_and_an_ellipsis()
    {
        var table = new TextTable(TableColumn.Left("Element"), TableColumn.Left("Reason", maxWidth: 90))
            .AddRow("risk-share", new string('x', 1_000_000));

        var lines = table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];

        Assert.Equal(TextTable.MaxLines, lines.Length);
        Assert.Equal("risk-share  " + new string('x', 90), lines[0]);
        Assert.Equal(new string(' ', 12) + new string('x', 89) + "…", lines[^1]);
    }

    [Fact]
    public void A_cell_that_fills_its_lines_exactly_is_not_marked_as_cut()
    {
        var table = new TextTable(TableColumn.Left("Id", maxWidth: 4)).AddRow(new string('a', 4 * TextTable.MaxLines));

        var lines = table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];

        Assert.Equal(TextTable.MaxLines, lines.Length);
        Assert.All(lines, line => Assert.Equal("aaaa", line));
    }

    [Fact]
    public void A_colour_terminal_gets_a_bold_header_but_a_hostile_cell_stays_escaped()
    {
        var table = new TextTable(TableColumn.Left("Name")).AddRow("\u001b[31mred");
        using var inner = new StringWriter { NewLine = "\n" };
        using (var terminal = TerminalWriter.Over(inner))
        {
            table.Write(terminal, useColour: true);
        }

        Assert.StartsWith("\u001b[1mName\u001b[0m\n", inner.ToString(), StringComparison.Ordinal);
        Assert.Contains("\\u001b[31mred", inner.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, inner.ToString().Count(character => character == '\u001b'));
    }
}
