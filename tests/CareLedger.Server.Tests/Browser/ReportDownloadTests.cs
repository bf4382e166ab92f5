using System.Globalization;
using System.Text.Json;
using CareLedger.Server.Demo;
using CareLedger.Server.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CareLedger.Server.Tests.Browser;

/// <summary>
/// The reports as a person gets them: from the period view of the demo's settled 2016/17, download a provider's
/// statement as PDF and spreadsheet and the board pack, in real headless Chromium, then read the files back (PdfPig,
/// OpenXml) and check their figures against the ones on the page.
/// </summary>
public sealed class ReportDownloadTests(DemoServer demo, HeadlessChromium chromium) : IClassFixture<DemoServer>, IClassFixture<HeadlessChromium>
{
    private const string MidNotts = "mid-notts-better-together";
    private const string ContractName = "Mid-Nottinghamshire Better Together alliance agreement";
    private const string Sherwood = "Sherwood Forest Hospitals NHS Foundation Trust";

    [Fact]
    public async Task A_statement_downloaded_as_pdf_and_spreadsheet_has_the_pages_lines_and_total()
    {
        var page = await PeriodPageAsync("provider@mid-notts.demo");
        var statement = page.Locator("table", new() { Has = page.GetByText($"{Sherwood}'s statement") });
        var onScreen = new List<string>();
        foreach (var row in await statement.Locator("tbody tr").AllAsync())
        {
            onScreen.Add((await row.Locator("td").Last.InnerTextAsync()).Trim());
        }

        Assert.True(onScreen.Count >= 2, "the statement should have at least one line and its total");

        var pdf = await DownloadAsync(page, $"PDF ({Sherwood}'s statement for 2016/17)");
        Assert.EndsWith("sherwood-forest-statement.pdf", pdf.Name, StringComparison.Ordinal);
        var text = PdfText(pdf.Bytes);
        Assert.Contains($"{ContractName} · version", text, StringComparison.Ordinal);
        Assert.Contains("2016/17", text, StringComparison.Ordinal);
        Assert.All(onScreen, amount => Assert.Contains(amount, text, StringComparison.Ordinal));

        var xlsx = await DownloadAsync(page, $"spreadsheet (XLSX) ({Sherwood}'s statement for 2016/17)");
        Assert.EndsWith("sherwood-forest-statement.xlsx", xlsx.Name, StringComparison.Ordinal);
        var amounts = SpreadsheetAmounts(xlsx.Bytes);
        // The same figures, in the same order, to the penny: each line, then the total due.
        Assert.Equal(onScreen.Select(Pounds), amounts);
        // The period view with these links is checked with axe-core and saved as screenshots by WebPageTests.
    }

    [Fact]
    public async Task The_board_pack_names_the_contract_version_and_period_and_each_partys_total()
    {
        var page = await PeriodPageAsync("board@mid-notts.demo");
        // The first statement's total, as the page shows it.
        var totalRow = page.Locator("tr", new() { Has = page.GetByText("Total due with this statement") }).First;
        var firstTotal = (await totalRow.Locator("td").Last.InnerTextAsync()).Trim();

        var runs = await page.Context.APIRequest.GetAsync(new Uri(demo.Server.Address, $"/api/v1/contracts/{MidNotts}/runs?period=2016/17").ToString());
        using var json = JsonDocument.Parse(await runs.TextAsync());
        var version = json.RootElement[json.RootElement.GetArrayLength() - 1].GetProperty("contract_version").GetInt64();

        var pack = await DownloadAsync(page, $"Board pack (PDF) ({ContractName}, 2016/17)");
        Assert.EndsWith("2016-17-board-pack.pdf", pack.Name, StringComparison.Ordinal);
        var text = PdfText(pack.Bytes);
        Assert.Contains("Board pack", text, StringComparison.Ordinal);
        Assert.Contains($"{ContractName} · version {version} · 2016/17", text, StringComparison.Ordinal);
        Assert.Contains(firstTotal, text, StringComparison.Ordinal);
        Assert.Contains("Outcomes", text, StringComparison.Ordinal);
    }

    private async Task<IPage> PeriodPageAsync(string email)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB", AcceptDownloads = true });
        // Signed in through the API: the cookie it sets is the pages' cookie too.
        var signIn = await context.APIRequest.PostAsync(new Uri(demo.Server.Address, "/api/v1/session").ToString(), new() { DataObject = new { email, password = DemoData.Password } });
        Assert.True(signIn.Ok, $"sign-in as {email}: {signIn.Status}");
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(demo.Server.Address, $"/contracts/{MidNotts}/period?name=2016%2F17").ToString());
        await page.GetByRole(AriaRole.Heading, new() { Name = "Settlement for 2016/17" }).WaitForAsync(new() { Timeout = 15_000 });
        return page;
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string linkName)
    {
        var link = page.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true });
        // Patience, not a timing check: a loaded test machine can take a while to draw the first PDF.
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = 180_000 });
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(word => word.Text))));
    }

    // The number cells of the statement's amount column, top to bottom.
    private static decimal[] SpreadsheetAmounts(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        return [.. document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>()
            .Where(cell => cell.DataType?.Value == CellValues.Number && cell.CellReference!.Value!.StartsWith('C'))
            .Select(cell => decimal.Parse(cell.CellValue!.Text, NumberStyles.Number, CultureInfo.InvariantCulture))];
    }

    // "£1,234.56" or "-£1,234.56", as the page shows amounts, to the exact decimal.
    private static decimal Pounds(string shown) =>
        decimal.Parse(shown.Replace("£", string.Empty, StringComparison.Ordinal), NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
