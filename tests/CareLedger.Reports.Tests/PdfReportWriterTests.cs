using CareLedger.Domain;
using CareLedger.Reports.Model;
using CareLedger.Reports.Writers;
using UglyToad.PdfPig;

namespace CareLedger.Reports.Tests;

public sealed class PdfReportWriterTests
{
    [Fact]
    public void A_statement_reads_back_with_its_contract_version_period_lines_and_total()
    {
        var text = Text(PdfReportWriter.Write(StatementFixture.Report()));

        Assert.Contains("Riverside alliance · version 3 · 2016/17-Q1", text, StringComparison.Ordinal);
        Assert.Contains(StatementFixture.HostileName, text, StringComparison.Ordinal);
        Assert.Contains("£1,250,000.00", text, StringComparison.Ordinal);
        Assert.Contains("-£3,456.78", text, StringComparison.Ordinal);
        Assert.Contains("£0.01", text, StringComparison.Ordinal);
        Assert.Contains("Total due with this statement", text, StringComparison.Ordinal);
        Assert.Contains("£1,246,543.23", text, StringComparison.Ordinal);
        // × is not in the standard font's encoding: it is drawn as an x rather than failing the report.
        Assert.Contains("below plan x £172,839.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_table_runs_onto_more_pages_each_numbered_with_every_row_kept()
    {
        var rows = Enumerable.Range(1, 150)
            .Select(index => new ReportRow([ReportCell.Of($"Row {index}"), ReportCell.Of(Money.Gbp(index + 0.25m))]))
            .ToArray();
        var report = new Report(new ReportHeading("Long", "Riverside alliance", 1, "2016/17"), [new ReportTable("long", "A long table", ["Row", "Amount"], rows)]);

        using var document = PdfDocument.Open(PdfReportWriter.Write(report));
        var pages = document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(word => word.Text))).ToArray();

        Assert.True(pages.Length > 1, "150 rows should not fit on one A4 page");
        for (var index = 0; index < pages.Length; index++)
        {
            Assert.Contains($"page {index + 1} of {pages.Length}", pages[index], StringComparison.Ordinal);
        }

        var all = string.Join(" ", pages);
        foreach (var index in new[] { 1, 75, 150 })
        {
            Assert.Contains($"£{index}.25", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_chart_is_drawn_with_its_amounts_to_the_penny()
    {
        var chart = new ReportChart("Total due to each party", [new ReportBar("Sherwood", Money.Gbp(585_783.99m)), new ReportBar("CCG", Money.Gbp(-297_964.08m))]);
        var text = Text(PdfReportWriter.Write(new Report(new ReportHeading("Chart", "Riverside alliance", 1, "2016/17"), [chart])));

        Assert.Contains("£585,783.99", text, StringComparison.Ordinal);
        Assert.Contains("-£297,964.08", text, StringComparison.Ordinal);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(word => word.Text))));
    }
}
