using System.Globalization;
using System.Text;
using System.Text.Json;
using CareLedger.Data.Imports;
using CareLedger.Server.Tests.Support;
using Microsoft.Playwright;

namespace CareLedger.Server.Tests.Browser;

/// <summary>
/// The imports page and the outcomes page's evidence and effect on payment, in real headless Chromium against a real
/// <c>careledger serve --demo</c>: a broken file refused row by row with nothing saved (checked through the API), a
/// good file saved and listed and the same file again recognised, a provider refused another party's rows (CL811),
/// evidence attached and listed, and the effect on payment equal to the settlement engine's outcome element.
/// </summary>
public sealed class ImportPageTests(DemoServer demo, HeadlessChromium chromium) : IClassFixture<DemoServer>, IClassFixture<HeadlessChromium>
{
    private const string MidNotts = "mid-notts-better-together";
    private const string Header = "period,provider,service_line,planned,actual,unit_price\n";

    [Fact]
    public async Task A_broken_file_is_refused_row_by_row_and_nothing_is_saved()
    {
        var page = await SignedInAsync("commissioner@mid-notts.demo");
        await OpenImportsAsync(page);
        var before = await ImportCountAsync(page);

        // Row 2's actual is not a number; row 3 names no party of the contract.
        var response = await UploadAsync(page, "broken.csv", Header + "2017/18-M01,nuh,elective,195,lots,2100.00\n2017/18-M01,nobody,elective,195,201,2100.00\n");

        Assert.Equal(422, response);
        Assert.Contains("nothing was saved", await page.Locator(".nhsuk-error-summary").InnerTextAsync(), StringComparison.Ordinal);
        var rows = await ReportRowsAsync(page);
        var actual = Assert.Single(rows, row => row[1].EndsWith('2') && row[3].EndsWith("lots", StringComparison.Ordinal));
        Assert.Contains("broken.csv", actual[0], StringComparison.Ordinal);
        Assert.Contains("actual", actual[2], StringComparison.Ordinal);
        Assert.Single(rows, row => row[1].EndsWith('3') && row[3].EndsWith("nobody", StringComparison.Ordinal));
        // The summary's first link goes to its row of the report.
        var link = await page.Locator(".nhsuk-error-summary a").First.GetAttributeAsync("href");
        Assert.Equal(1, await page.Locator(link!).CountAsync());
        Assert.Equal(before, await ImportCountAsync(page));
        await BrowserPages.CheckAsync(page, "imports-refused");
    }

    [Fact]
    public async Task A_good_file_is_saved_and_listed_and_the_same_file_again_is_recognised_not_counted_twice()
    {
        var page = await SignedInAsync("commissioner@mid-notts.demo");
        await OpenImportsAsync(page);
        var before = await ImportCountAsync(page);
        var file = Header + "2017/18-M02,nuh,elective,195,188,2100.00\n";

        var first = await UploadAsync(page, "may.csv", file);
        var saved = await page.Locator("#imported").InnerTextAsync();
        var listed = await page.Locator($"#import-{before + 1}").InnerTextAsync();
        var again = await UploadAsync(page, "may-again.csv", file);

        Assert.Equal(200, first);
        Assert.Contains($"'may.csv' was saved as import {before + 1}: 1 row", saved, StringComparison.Ordinal);
        Assert.Contains("may.csv", listed, StringComparison.Ordinal);
        Assert.Contains("counts", listed, StringComparison.Ordinal);
        Assert.Equal(200, again);
        Assert.Contains($"the same file as import {before + 1}", await page.Locator("#imported").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(before + 1, await ImportCountAsync(page));
        await BrowserPages.CheckAsync(page, "imports");
    }

    [Fact]
    public async Task A_provider_importing_another_partys_rows_is_told_why_and_nothing_is_saved()
    {
        var page = await SignedInAsync("provider@mid-notts.demo");
        await OpenImportsAsync(page);
        var before = await ImportCountAsync(page);
        Assert.Contains("You import for Sherwood Forest Hospitals NHS Foundation Trust", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var response = await UploadAsync(page, "activity.csv", Header + "2017/18-M01,sherwood-forest,elective,620,610,1450.00\n2017/18-M01,nuh,elective,195,201,2100.00\n");

        Assert.Equal(422, response);
        var refused = Assert.Single(await ReportRowsAsync(page));
        Assert.EndsWith("3", refused[1], StringComparison.Ordinal);
        Assert.Contains(ForeignRows.Code, refused[4], StringComparison.Ordinal);
        Assert.Contains("'nuh' is not your organisation", refused[4], StringComparison.Ordinal);
        Assert.Equal(before, await ImportCountAsync(page));
        await BrowserPages.CheckAsync(page, "imports-provider-refused");
    }

    [Fact]
    public async Task Evidence_attached_to_an_indicators_result_is_listed_with_it_and_a_board_member_has_no_form()
    {
        var page = await SignedInAsync("commissioner@mid-notts.demo");
        await page.GotoAsync(Address($"/contracts/{MidNotts}/outcomes"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Attach evidence for Creation of a 10-year business plan to reduce the impact of Type 2 diabetes" }).ClickAsync();
        Assert.Equal("diabetes-plan", await page.Locator("#evidence-indicator").InputValueAsync());
        Assert.Equal("2016/17", await page.Locator("#evidence-period").InputValueAsync());
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "business-plan.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach evidence" }).ClickAsync();

        await page.Locator("#attached").WaitForAsync();
        Assert.Contains("business-plan.pdf", await page.Locator("#indicator-diabetes-plan").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserPages.CheckAsync(page, "outcomes-evidence");
        var board = await SignedInAsync("board@mid-notts.demo");
        await board.GotoAsync(Address($"/contracts/{MidNotts}/outcomes"));
        Assert.Equal(0, await board.Locator("#evidence-file").CountAsync());
        Assert.Contains("business-plan.pdf", await board.Locator("#indicator-diabetes-plan").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_effect_on_payment_is_the_settlement_engines_outcome_element_and_one_missed_indicator_loses_every_pot()
    {
        var page = await SignedInAsync("commissioner@mid-notts.demo");
        await page.GotoAsync(Address($"/contracts/{MidNotts}/outcomes"));

        // By hand, from mid-notts-alliance.yaml: Sherwood Forest's 2016/17 contract value is £41,333,333.33 and its
        // outcome pot 1.8% of it, 743,999.99994 → £744,000.00 to the penny; all of it at risk. The demo's results
        // meet every indicator, so the weighted score is 100%, reaching the 100% threshold: paid in full.
        Assert.Equal(["£744,000.00", "£744,000.00", "£0.00"], await AmountsAsync(page, "sherwood-forest"));
        await ExpectEngineFiguresAsync(page);
        await BrowserPages.CheckAsync(page, "outcomes-effect");

        // The diabetes business plan (7% of the weight) not achieved: the score is 93%, below the threshold, so
        // all or nothing pays no provider anything of its pot. Corrected by replacing the demo's import.
        await OpenImportsAsync(page);
        var original = Encoding.UTF8.GetString(await (await page.APIRequest.GetAsync(Address($"/api/v1/contracts/{MidNotts}/imports/1/file"))).BodyAsync());
        var missed = original.Replace("indicator: diabetes-plan\n    result: achieved", "indicator: diabetes-plan\n    result: not-achieved", StringComparison.Ordinal);
        Assert.NotEqual(original, missed);
        await page.Locator("#replace").SelectOptionAsync("1");
        Assert.Equal(200, await UploadAsync(page, "actuals-corrected.yaml", missed));
        await page.GotoAsync(Address($"/contracts/{MidNotts}/outcomes"));

        Assert.Equal(["£744,000.00", "£0.00", "£744,000.00"], await AmountsAsync(page, "sherwood-forest"));
        Assert.Equal("£0.00", (await AmountsAsync(page, "total"))[1]);
        using var settled = await SettleAsync(page, "2016/17");
        await ExpectEngineFiguresAsync(page);
    }

    /// <summary>Each provider's "paid if settled today" equals its outcome lines in the latest settlement run of 2016/17.</summary>
    private async Task ExpectEngineFiguresAsync(IPage page)
    {
        using var runs = await JsonAsync(page, $"/api/v1/contracts/{MidNotts}/runs/?period=2016/17");
        var run = runs.RootElement.EnumerateArray().Last().GetProperty("id").GetString();
        foreach (var row in await page.Locator("#effect tbody tr[id^='effect-']:not(#effect-total)").AllAsync())
        {
            var party = (await row.GetAttributeAsync("id"))!["effect-".Length..];
            using var statement = await JsonAsync(page, $"/api/v1/contracts/{MidNotts}/runs/{run}/statements/{party}");
            var outcome = statement.RootElement.GetProperty("statements")[0].GetProperty("lines").EnumerateArray()
                .Where(line => line.GetProperty("element").GetString() == "outcome" && !line.GetProperty("on_account").GetBoolean())
                .Sum(line => decimal.Parse(line.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture));
            Assert.Equal(outcome.ToString("£#,##0.00", CultureInfo.InvariantCulture), (await AmountsAsync(page, party))[1]);
        }
    }

    private async Task<JsonDocument> SettleAsync(IPage page, string period)
    {
        var response = await page.APIRequest.PostAsync(Address($"/api/v1/contracts/{MidNotts}/settlements"), new() { DataObject = new { period } });
        Assert.True(response.Ok, await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync());
    }

    private static async Task<IReadOnlyList<string>> AmountsAsync(IPage page, string party) =>
        [.. (await page.Locator($"#effect-{party} td.careledger-amount").AllInnerTextsAsync()).Select(cell => cell.Split('\n').Last().Trim().Split(' ').Last())];

    private async Task OpenImportsAsync(IPage page)
    {
        await page.GotoAsync(Address($"/contracts/{MidNotts}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Imports: the actuals imported so far, and importing more" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Imports", Exact = true }).WaitForAsync();
    }

    /// <summary>Chooses the file and presses Import; the status of the page that comes back.</summary>
    private static async Task<int> UploadAsync(IPage page, string name, string content)
    {
        await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(content) });
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/imports", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.Load);
        return response.Status;
    }

    /// <summary>The validation report's rows: file, row, column, value, message (each cell's text, its narrow-screen heading included).</summary>
    private static async Task<IReadOnlyList<string[]>> ReportRowsAsync(IPage page)
    {
        var rows = new List<string[]>();
        foreach (var row in await page.Locator("#finding tbody tr").AllAsync())
        {
            rows.Add([.. (await row.Locator("td").AllInnerTextsAsync()).Select(cell => cell.Trim())]);
        }

        return rows;
    }

    private async Task<int> ImportCountAsync(IPage page)
    {
        using var list = await JsonAsync(page, $"/api/v1/contracts/{MidNotts}/imports/");
        return list.RootElement.GetArrayLength();
    }

    private async Task<JsonDocument> JsonAsync(IPage page, string path)
    {
        var response = await page.APIRequest.GetAsync(Address(path));
        Assert.True(response.Ok, await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync());
    }

    private Task<IPage> SignedInAsync(string email) => BrowserPages.SignedInAsync(chromium.Browser, demo.Server.Address, email);

    private string Address(string path) => new Uri(demo.Server.Address, path).ToString();
}
