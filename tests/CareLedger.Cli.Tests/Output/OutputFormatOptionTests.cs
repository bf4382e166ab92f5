using System.CommandLine;
using CareLedger.Cli.Output;

namespace CareLedger.Cli.Tests.Output;

public sealed class OutputFormatOptionTests
{
    private static (ParseResult Parse, OutputFormatOption Format) Parse(params string[] args)
    {
        var format = new OutputFormatOption();
        var command = new Command("budget") { format.Option };
        return (command.Parse(args), format);
    }

    [Theory]
    [InlineData(new string[0], OutputFormat.Table)]
    [InlineData(new[] { "--format", "json" }, OutputFormat.Json)]
    [InlineData(new[] { "--format", "csv" }, OutputFormat.Csv)]
    [InlineData(new[] { "-f", "table" }, OutputFormat.Table)]
    [InlineData(new[] { "-f", "JSON" }, OutputFormat.Json)]
    [InlineData(new[] { "--format", "Csv" }, OutputFormat.Csv)]
    public void The_format_defaults_to_table_and_reads_each_named_format(string[] args, OutputFormat expected)
    {
        var (parse, format) = Parse(args);

        Assert.Empty(parse.Errors);
        Assert.Equal(expected, format.GetValue(parse));
    }

    [Fact]
    public void An_unknown_format_is_a_parse_error_that_names_the_allowed_ones()
    {
        var (parse, _) = Parse("--format", "xlsx");

        var error = Assert.Single(parse.Errors);
        Assert.Contains("xlsx", error.Message, StringComparison.Ordinal);
        Assert.Contains("csv", error.Message, StringComparison.Ordinal);
    }
}
