using System.Globalization;
using System.Text;
using CareLedger.Reports.Writers;

namespace CareLedger.Reports.Tests;

public sealed class CsvReportWriterTests
{
    [Fact]
    public void The_csv_names_the_contract_version_and_period_and_guards_formula_text()
    {
        var lines = Encoding.UTF8.GetString(CsvReportWriter.Write(StatementFixture.Report())).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("Contract,Riverside alliance", lines[1]);
        Assert.Equal("Contract version,3", lines[2]);
        Assert.Equal("Period,2016/17-Q1", lines[3]);
        // The table's caption starts with the party's name: a leading ' keeps it text (quoted, as it holds commas).
        Assert.Contains(lines, line => line.StartsWith("\"'=HYPERLINK(\"\"http://evil.example", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith('=') || line.Contains(",=", StringComparison.Ordinal) || line.Contains(",\"=", StringComparison.Ordinal));
        // The second line's reason, "+ rounding…", starts with a formula character too.
        Assert.Contains(lines, line => line.StartsWith("outcome,'+ rounding remainder", StringComparison.Ordinal));
    }

    [Fact]
    public void Amounts_are_plain_numbers_that_add_up_to_the_total_to_the_penny()
    {
        var lines = Encoding.UTF8.GetString(CsvReportWriter.Write(StatementFixture.Report())).Split("\r\n");
        var amounts = lines.SkipWhile(line => line != "Element,Why,Amount").Skip(1).Where(line => line.Length > 0)
            .Select(line => decimal.Parse(line[(line.LastIndexOf(',') + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture))
            .ToArray();

        Assert.Equal([1_250_000.00m, -3_456.78m, 0.01m, 1_246_543.23m], amounts);
        Assert.Equal(amounts[^1], amounts[..^1].Sum());
    }
}
