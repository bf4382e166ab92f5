using System.Text.RegularExpressions;
using CareLedger.Server.Demo;
using CareLedger.Server.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareLedger.Server.Tests.Browser;

/// <summary>
/// The web pages in real headless Chromium against a real <c>careledger serve --demo</c>: signing in, finding what
/// each provider is paid and why (overview, period, explanation), someone else's contract not found, a wrong
/// password told plainly. Every page is checked with axe-core (no serious or critical violation) and saved as a
/// screenshot, desktop and narrow, for people to look at.
/// </summary>
public sealed partial class WebPageTests(DemoServer demo, HeadlessChromium chromium) : IClassFixture<DemoServer>, IClassFixture<HeadlessChromium>
{
    private const string MidNotts = "mid-notts-better-together";

    [Fact]
    public async Task A_provider_finds_what_each_provider_was_paid_in_the_year_and_why()
    {
        var page = await SignedInAsync("provider@mid-notts.demo");

        // Your contracts: only the one the provider's organisation is in.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your contracts" }));
        Assert.Equal(1, await page.Locator("main table tbody tr").CountAsync());
        await CheckAsync(page, "contracts");

        // The overview: parties, the budget chart with its table, the periods.
        await page.GetByRole(AriaRole.Link, new() { Name = "Mid-Nottinghamshire Better Together alliance agreement" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The budget for 2016/17" }));
        Assert.True(await page.Locator("svg.careledger-chart").CountAsync() >= 2);
        Assert.Contains("Whole-population budget", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, "contract-overview");

        // The settled year: each party's statement, with its total.
        await page.GetByRole(AriaRole.Link, new() { Name = "What each party is paid for 2016/17, and why" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settlement for 2016/17" }));
        var sherwood = page.Locator("#statement-sherwood-forest");
        Assert.Equal(1, await sherwood.CountAsync());
        await CheckAsync(page, "period");

        // Why: the first line of Sherwood Forest's statement, explained.
        var statement = page.Locator("table", new() { Has = page.GetByText("Sherwood Forest Hospitals NHS Foundation Trust's statement") });
        var amount = (await statement.Locator("tbody tr").First.Locator("td").Last.InnerTextAsync()).Trim();
        await statement.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = HowWorkedOut() }));
        var first = page.Locator("#line-0");
        Assert.Contains(amount, await first.Locator("h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Formula", await first.InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, "explanation");
    }

    [Fact]
    public async Task A_board_member_sees_each_outcome_indicator_with_its_weight_and_result()
    {
        var page = await SignedInAsync("board@mid-notts.demo");

        await page.GotoAsync(new Uri(demo.Server.Address, $"/contracts/{MidNotts}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Outcomes: each indicator's weight, result and evidence" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Outcomes", Exact = true }));

        // mid-notts-alliance.yaml weighs the diabetes business plan at 7% of the pot; the demo's actuals record it
        // achieved for 2016/17 with the board minutes as evidence.
        var plan = page.Locator("#indicator-diabetes-plan");
        var cells = await plan.Locator("td").AllInnerTextsAsync();
        Assert.Equal("7%", cells[1].Trim());
        Assert.StartsWith("met", cells[2].Trim(), StringComparison.Ordinal);
        Assert.Contains("Alliance Leadership Board minutes", cells[3], StringComparison.Ordinal);
        await CheckAsync(page, "outcomes");
    }

    [Fact]
    public async Task Someone_elses_contract_is_not_found()
    {
        var page = await SignedInAsync("provider@mid-notts.demo");

        var response = await page.GotoAsync(new Uri(demo.Server.Address, "/contracts/bedfordshire-msk").ToString());

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" }));
        Assert.DoesNotContain("Bedfordshire", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_told_plainly_and_the_sign_in_page_passes_its_checks()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(demo.Server.Address, "/").ToString());

        // Not signed in: sent to sign in.
        Assert.EndsWith("/sign-in?returnUrl=%2F", page.Url, StringComparison.Ordinal);
        await CheckAsync(page, "sign-in");
        await page.GetByLabel("Email address").FillAsync("auditor@bedfordshire.demo");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert));
        Assert.Contains("The email address or password is wrong", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, "sign-in-refused");
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(demo.Server.Address, "/sign-in").ToString());
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(demo.Server.Address, "/").ToString());
        return page;
    }

    private Task<IBrowserContext> NewContextAsync() =>
        chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB" });

    /// <summary>No serious or critical accessibility violation; a screenshot at desktop width and on a narrow screen.</summary>
    private static async Task CheckAsync(IPage page, string name)
    {
        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(violation => violation.Impact is "serious" or "critical").ToArray();
        Assert.True(serious.Length == 0, $"{name}: " + string.Join("\n", serious.Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")));
        // The whole page, and what a person sees first (the part a reviewer looks at).
        await page.ScreenshotAsync(new() { Path = Path.Combine(HeadlessChromium.ScreenshotFolder, name + ".png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(HeadlessChromium.ScreenshotFolder, name + "-first-screen.png") });
        var desktop = page.ViewportSize;
        await page.SetViewportSizeAsync(375, 800);
        await page.ScreenshotAsync(new() { Path = Path.Combine(HeadlessChromium.ScreenshotFolder, name + "-narrow.png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(HeadlessChromium.ScreenshotFolder, name + "-narrow-first-screen.png") });
        await page.SetViewportSizeAsync(desktop!.Width, desktop.Height);
    }

    private static Task Expect(ILocator locator) => locator.First.WaitForAsync(new() { Timeout = 15_000 });

    [GeneratedRegex("^How .+'s statement was worked out$")]
    private static partial Regex HowWorkedOut();
}
