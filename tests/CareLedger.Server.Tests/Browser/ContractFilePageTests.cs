using System.Globalization;
using System.Text.RegularExpressions;
using CareLedger.Application.Templates;
using CareLedger.Server.Demo;
using CareLedger.Server.Tests.Support;
using Microsoft.Playwright;

namespace CareLedger.Server.Tests.Browser;

/// <summary>
/// The contract file page and its edit forms in real headless Chromium against a real <c>careledger serve --demo</c>:
/// the commissioner's finance lead downloads the YAML, uploads a broken one and sees each error at its line with
/// nothing stored, and changes outcome weights and a baseline amount with the forms, seeing each new version and what
/// changed; a provider sees no forms and a forged post stores nothing. axe-core and screenshots on every page.
/// The tests share one demo server, so each reads the version it starts from rather than assuming one.
/// </summary>
public sealed partial class ContractFilePageTests(DemoServer demo, HeadlessChromium chromium) : IClassFixture<DemoServer>, IClassFixture<HeadlessChromium>
{
    private const string MidNotts = "mid-notts-better-together";

    [Fact]
    public async Task A_commissioner_downloads_the_yaml_and_an_upload_with_errors_shows_each_at_its_line_and_stores_nothing()
    {
        var page = await SignedInAsync("commissioner@mid-notts.demo");
        await page.GotoAsync(Url($"/contracts/{MidNotts}"));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = ContractFileLink() }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The contract file", Exact = true }));
        await WebPageTests.CheckAsync(page, "contract-file");

        // The download is the stored text exactly: until an edit, the demo's version is the template as rendered.
        var template = new TemplateService().Render("mid-notts-alliance").Value!.Text;
        var versions = await page.Locator("tr[id^=version-]").CountAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("tr[id^=version-]").Last.GetByRole(AriaRole.Link).ClickAsync());
        Assert.Equal(template, await File.ReadAllTextAsync((await download.PathAsync())!));

        // A weight without its % sign (CL005): the error is at the line it is written on, which is marked.
        var broken = ReplaceAfter(template, "- id: diabetes-plan", "weight: 7%", "weight: 7");
        var line = LineOf(broken, "- id: diabetes-plan") + 3;
        Assert.Equal("            weight: 7", broken.Split('\n')[line - 1]);
        await page.Locator("#upload-yaml").FillAsync(broken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and store as a new version" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Alert));
        Assert.Contains("nothing was stored", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        var finding = page.Locator(".careledger-finding", new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^Line {line}, column \\d+$") }) });
        Assert.Equal(1, await finding.CountAsync());
        Assert.EndsWith("weight: 7", (await finding.Locator(".careledger-yaml__line--error").InnerTextAsync()).TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("CL005", await finding.InnerTextAsync(), StringComparison.Ordinal);
        await WebPageTests.CheckAsync(page, "contract-upload-errors");

        // A contract naming another contract is refused by name, and nothing is stored either way.
        await page.Locator("#upload-yaml").FillAsync(template.Replace("id: mid-notts-better-together", "id: somewhere-else", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and store as a new version" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Alert).GetByText("This YAML is contract 'somewhere-else', not 'mid-notts-better-together'"));
        await page.GotoAsync(Url($"/contracts/{MidNotts}/contract"));
        Assert.Equal(versions, await page.Locator("tr[id^=version-]").CountAsync());
    }

    [Fact]
    public async Task A_commissioner_changes_outcome_weights_and_a_baseline_amount_with_the_forms_and_sees_each_new_version_and_its_changes()
    {
        var page = await SignedInAsync("commissioner@mid-notts.demo");
        await page.GotoAsync(Url($"/contracts/{MidNotts}/contract"));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change parties, baseline amounts") }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change the contract", Exact = true }));
        var before = await CurrentVersionAsync(page);
        await WebPageTests.CheckAsync(page, "contract-edit");

        // One weight alone breaks the framework's sums: refused, at the lines, nothing stored.
        await page.Locator("#weight-diabetes-plan").FillAsync("9%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the weights as a new version" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Alert));
        Assert.Contains("nothing was stored", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".careledger-finding").CountAsync() >= 1);
        Assert.Equal("9%", await page.Locator("#weight-diabetes-plan").InputValueAsync());
        await WebPageTests.CheckAsync(page, "contract-edit-errors");

        // Moving 1% between the two diabetes indicators (7% + 7% → 8% + 6%) keeps every sum: version N+1.
        await page.GotoAsync(Url($"/contracts/{MidNotts}/contract/edit"));
        await page.Locator("#weight-diabetes-plan").FillAsync("8%");
        await page.Locator("#weight-diabetes-implement").FillAsync("6%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the weights as a new version" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Version {before + 1} stored" }));
        var changes = await ChangesAsync(page);
        Assert.Equal(
            [
                ["outcomes[mid-notts-2016-17].outcomes[diabetes].indicators[diabetes-implement].weight", "changed", "7%", "6%"],
                ["outcomes[mid-notts-2016-17].outcomes[diabetes].indicators[diabetes-plan].weight", "changed", "7%", "8%"],
            ],
            changes);
        await WebPageTests.CheckAsync(page, "contract-stored");

        // baseline.spend[1] is elective with NUH at £5m in mid-notts-alliance.yaml.
        await page.GotoAsync(Url($"/contracts/{MidNotts}/contract/edit"));
        Assert.Equal("£5m", await page.Locator("#baseline-1").InputValueAsync());
        await page.Locator("#baseline-1").FillAsync("£5.5m");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the baseline as a new version" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Version {before + 2} stored" }));
        Assert.Equal([["baseline.spend[1].amount", "changed", "£5m", "£5.5m"]], await ChangesAsync(page));

        // The stored text is the template with exactly those three values changed, comments and layout kept.
        var template = new TemplateService().Render("mid-notts-alliance").Value!.Text;
        var expected = ReplaceAfter(ReplaceAfter(ReplaceAfter(template, "- id: diabetes-plan", "weight: 7%", "weight: 8%"), "- id: diabetes-implement", "weight: 7%", "weight: 6%"), "provider: nuh,", "amount: £5m", "amount: £5.5m");
        var response = await page.Context.APIRequest.GetAsync(Url($"/api/v1/contracts/{MidNotts}/yaml"));
        Assert.Equal(expected, await response.TextAsync());
    }

    [Fact]
    public async Task A_provider_sees_no_upload_or_edit_forms_and_a_forged_post_stores_nothing()
    {
        var page = await SignedInAsync("provider@mid-notts.demo");
        await page.GotoAsync(Url($"/contracts/{MidNotts}/contract"));
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The contract file", Exact = true }));
        Assert.Equal(0, await page.Locator("form[method=post]").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "Upload a new version" }).CountAsync());
        var versions = await page.Locator("tr[id^=version-]").CountAsync();
        await page.GotoAsync(Url($"/contracts/{MidNotts}/contract/edit"));
        Assert.Contains("Only the commissioner's finance team can change this contract", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form[method=post]").CountAsync());
        await WebPageTests.CheckAsync(page, "contract-edit-provider");

        // A valid antiforgery token of this user (from the sign-out form) with a hand-made edit: refused, not stored.
        // The page renders no such form for a provider, so the framework refuses the post (400) before the page's
        // own role check (403) would.
        await page.GotoAsync(Url("/sign-out"));
        var token = await page.Locator("input[name=__RequestVerificationToken]").GetAttributeAsync("value");
        var weights = await page.Context.APIRequest.PostAsync(Url($"/contracts/{MidNotts}/contract/edit"), new()
        {
            Form = FormOf(page.Context.APIRequest, ("__RequestVerificationToken", token!), ("_handler", "weights"), ("Weights.BasedOn", versions.ToString(CultureInfo.InvariantCulture)),
                ("Weights.Keys[0]", "mid-notts-2016-17/diabetes-plan"), ("Weights.Values[0]", "8%"), ("Weights.Keys[1]", "mid-notts-2016-17/diabetes-implement"), ("Weights.Values[1]", "6%")),
        });
        Assert.Contains(weights.Status, (int[])[400, 403]);
        var upload = await page.Context.APIRequest.PostAsync(Url($"/contracts/{MidNotts}/contract"), new()
        {
            Form = FormOf(page.Context.APIRequest, ("__RequestVerificationToken", token!), ("_handler", "upload"), ("Upload.BasedOn", versions.ToString(CultureInfo.InvariantCulture)),
                ("Upload.Yaml", new TemplateService().Render("mid-notts-alliance").Value!.Text.Replace("weight: 14%", "weight: 14.0%", StringComparison.Ordinal))),
        });
        Assert.Contains(upload.Status, (int[])[400, 403]);
        await page.GotoAsync(Url($"/contracts/{MidNotts}/contract"));
        Assert.Equal(versions, await page.Locator("tr[id^=version-]").CountAsync());
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/sign-in"));
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(Url("/"));
        return page;
    }

    private string Url(string path) => new Uri(demo.Server.Address, path).ToString();

    /// <summary>The version the page shows, from its caption ("… · version 3").</summary>
    private static async Task<int> CurrentVersionAsync(IPage page)
    {
        var caption = await page.Locator(".nhsuk-caption-l").InnerTextAsync();
        return int.Parse(VersionNumber().Match(caption).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of the differences table: key, change, before, after.</summary>
    private static async Task<string[][]> ChangesAsync(IPage page)
    {
        var rows = page.Locator("table.careledger-differences tbody tr");
        var changes = new List<string[]>();
        for (var index = 0; index < await rows.CountAsync(); index++)
        {
            changes.Add([.. (await rows.Nth(index).Locator("td").AllInnerTextsAsync()).Select(cell => cell.Trim())]);
        }

        return [.. changes];
    }

    private static IFormData FormOf(IAPIRequestContext request, params (string Name, string Value)[] fields)
    {
        var form = request.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }

    private static int LineOf(string text, string anchor) => text[..text.IndexOf(anchor, StringComparison.Ordinal)].Count(character => character == '\n') + 1;

    private static string ReplaceAfter(string text, string anchor, string old, string replacement)
    {
        var at = text.IndexOf(old, text.IndexOf(anchor, StringComparison.Ordinal), StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }

    [GeneratedRegex("^The contract file")]
    private static partial Regex ContractFileLink();

    [GeneratedRegex(@"version (\d+)$")]
    private static partial Regex VersionNumber();
}
