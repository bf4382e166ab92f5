using System.Text.RegularExpressions;
using CareLedger.Server.Tests.Support;
using Microsoft.Playwright;

namespace CareLedger.Server.Tests.Browser;

/// <summary>
/// The period page and the way to it in real headless Chromium against a real <c>careledger serve --demo</c>: each
/// demo user (one per role) signs in with the details the command printed and sees their contracts and roles; a new
/// user clicks from the contracts list to what each provider is paid in the latest quarter and why; commissioner
/// finance settles and closes a month from the web while others see no buttons and a forged post changes nothing.
/// axe-core and screenshots (desktop and narrow) on every page visited.
/// </summary>
public sealed partial class PeriodPageTests(DemoServer demo, HeadlessChromium chromium) : IClassFixture<DemoServer>, IClassFixture<HeadlessChromium>
{
    private const string MidNotts = "mid-notts-better-together";
    private const string MidNottsName = "Mid-Nottinghamshire Better Together alliance agreement";

    [Fact]
    public async Task Every_demo_user_signs_in_with_the_printed_details_and_sees_their_contracts_and_roles()
    {
        // DemoData gives each contract one user per role, and the administrator no contract.
        string[] roles = ["commissioner-finance", "provider-finance", "board-member", "auditor"];
        var users = PrintedSignIns().ToArray();
        Assert.Contains(users, user => user.Role == "administrator");
        foreach (var role in roles)
        {
            Assert.Contains(users, user => user.Role == role && user.Contract == MidNotts);
        }

        foreach (var user in users.Where(user => user.Role == "administrator" || (user.Contract == MidNotts && roles.Contains(user.Role) && !user.Email.StartsWith("board.", StringComparison.Ordinal))))
        {
            var page = await SignInAsync(user.Email);
            await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your contracts" }));
            var main = await page.Locator("main").InnerTextAsync();
            if (user.Role == "administrator")
            {
                Assert.Contains("You are signed in as an administrator, and you hold no role in any contract", main, StringComparison.Ordinal);
                Assert.Contains("docs/api.md", main, StringComparison.Ordinal);
                Assert.Equal(0, await page.Locator("main table").CountAsync());
                await WebPageTests.CheckAsync(page, "contracts-administrator");
                await page.Context.CloseAsync();
                continue;
            }

            // Only the one contract their organisation is in, with their role.
            Assert.Equal(1, await page.Locator("main table tbody tr").CountAsync());
            Assert.Equal(user.Role, (await page.Locator("main table tbody tr td").Last.InnerTextAsync()).Trim());
            await WebPageTests.CheckAsync(page, "contracts-" + user.Role);

            await page.GetByRole(AriaRole.Link, new() { Name = MidNottsName }).ClickAsync();
            await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = MidNottsName }));
            Assert.Contains("your roles: " + user.Role, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await WebPageTests.CheckAsync(page, "contract-overview-" + user.Role);

            // Only commissioner finance is offered settling, on a month nobody has settled.
            await MonthOf201617(page, "M06").ClickAsync();
            await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2016/17-M06 is not settled yet" }));
            Assert.Equal(user.Role == "commissioner-finance" ? 1 : 0, await page.GetByRole(AriaRole.Button, new() { Name = "Settle 2016/17-M06" }).CountAsync());
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_new_user_clicks_from_the_contracts_list_to_what_each_provider_is_paid_this_quarter_and_why()
    {
        var page = await SignInAsync(PrintedSignIns().First(user => user.Role == "provider-finance" && user.Contract == MidNotts).Email);

        // After signing in, links only.
        await page.GetByRole(AriaRole.Link, new() { Name = MidNottsName }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "What each provider is paid in the latest settled quarter, 2016/17-Q4, and why" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settlement for 2016/17-Q4" }));

        // The chart's table and the statement agree on what Sherwood Forest is due.
        var statement = page.Locator("table", new() { Has = page.GetByText("Sherwood Forest Hospitals NHS Foundation Trust's statement for 2016/17-Q4") });
        var total = (await statement.Locator("tbody tr").Last.Locator("td").Last.InnerTextAsync()).Trim();
        var byElement = page.Locator("#by-element-caption").Locator("xpath=..");
        var row = byElement.Locator("tbody tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Sherwood Forest Hospitals NHS Foundation Trust" }) });
        Assert.Equal(total, (await row.Locator("td").Last.InnerTextAsync()).Trim());

        // By the end of Q4 the whole year's plan is due: Sherwood Forest's contract value for 2016/17 (budget.approved.txt).
        var plan = await page.Locator("#plan-sherwood-forest td").AllInnerTextsAsync();
        Assert.Equal("£41,333,333.33", plan[0].Trim());
        Assert.Equal("£41,333,333.33", plan[1].Trim());
        await WebPageTests.CheckAsync(page, "period-quarter");

        // Why: Sherwood Forest's first line, explained.
        var amount = (await statement.Locator("tbody tr").First.Locator("td").Last.InnerTextAsync()).Trim();
        await statement.GetByRole(AriaRole.Link).First.ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = HowWorkedOut() }));
        Assert.Contains(amount, await page.Locator("#line-0 h2").InnerTextAsync(), StringComparison.Ordinal);

        // Back, then to Q1 through the year's periods: three months of plan against Q1's statement.
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Other periods of 2016/17" }).GetByRole(AriaRole.Link, new() { Name = "Q1", Exact = true }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settlement for 2016/17-Q1" }));
        plan = await page.Locator("#plan-sherwood-forest td").AllInnerTextsAsync();
        // 3 × £3,444,444.45 (£41,333,333.33 over 12 months, the first five taking the odd pennies) against Q1's
        // statement total in settle-q1.approved.txt.
        Assert.Equal(new[] { "£10,333,333.35", "£10,099,483.35", "-£233,850.00" }, plan.Skip(1).Select(cell => cell.Trim()));
    }

    [Fact]
    public async Task Commissioner_finance_settles_and_closes_a_month_while_others_see_no_buttons_and_a_forged_post_changes_nothing()
    {
        var page = await SignInAsync(PrintedSignIns().First(user => user.Role == "commissioner-finance" && user.Contract == MidNotts).Email);
        await page.GetByRole(AriaRole.Link, new() { Name = MidNottsName }).ClickAsync();
        await MonthOf201617(page, "M01").ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2016/17-M01 is not settled yet" }));
        await WebPageTests.CheckAsync(page, "period-not-settled");

        // The form names what its button says while the post is on its way (careledger.js's progressive enhancement).
        Assert.Equal("Settling 2016/17-M01…", await page.Locator("form:has(#settle)").GetAttributeAsync("data-careledger-busy"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Settle 2016/17-M01" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Settlement for 2016/17-M01" }));
        Assert.Contains("2016/17-M01 is settled: run 1", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await WebPageTests.CheckAsync(page, "period-settled");

        // The same inputs again: the same run.
        await page.GetByRole(AriaRole.Button, new() { Name = "Settle 2016/17-M01" }).ClickAsync();
        await WebPageTests.Expect(page.GetByText("Nothing had changed since run 1 was settled"));

        // Closing locks it: no more settling.
        await page.GetByLabel("Why close it now").FillAsync("month-end signed off");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close 2016/17-M01" }).ClickAsync();
        await WebPageTests.Expect(page.GetByText("2016/17-M01 is closed: it and every period inside it are locked."));
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Settle 2016/17-M01" }).CountAsync());
        Assert.Contains("2016/17-M01 is locked", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // A provider sees no form, and a post made as the settle form would be is refused.
        var provider = await SignInAsync(PrintedSignIns().First(user => user.Role == "provider-finance" && user.Contract == MidNotts).Email);
        var url = new Uri(demo.Server.Address, $"/contracts/{MidNotts}/period?name=2016%2F17-M02").ToString();
        await provider.GotoAsync(url);
        await WebPageTests.Expect(provider.GetByRole(AriaRole.Heading, new() { Name = "2016/17-M02 is not settled yet" }));
        Assert.Equal(0, await provider.Locator("main form").CountAsync());
        await provider.GotoAsync(new Uri(demo.Server.Address, "/sign-out").ToString());
        var token = await provider.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var form = provider.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        form.Set("_handler", "settle");
        var forged = await provider.Context.APIRequest.PostAsync(url, new() { Form = form, MaxRedirects = 0 });
        Assert.InRange(forged.Status, 400, 403);
        await page.GotoAsync(url);
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2016/17-M02 is not settled yet" }));
    }

    // The overview lists every year's months under the year; 2016/17 is the first year of the term.
    private static ILocator MonthOf201617(IPage page, string month) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex("^2016.17") }) }).GetByRole(AriaRole.Link, new() { Name = month, Exact = true });

    private async Task<IPage> SignInAsync(string email)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        // A full-page screenshot of a long statement page can take a while on a busy machine.
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(PrintedAddress());
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(PrintedPassword());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your contracts" }));
        return page;
    }

    // What `careledger serve --demo` printed: a new user has only this to go on.
    private string PrintedAddress() => ServingLine().Match(demo.Server.Output).Groups["address"].Value;

    private string PrintedPassword() => PasswordLine().Match(demo.Server.Output).Groups["password"].Value;

    private IEnumerable<PrintedSignIn> PrintedSignIns() =>
        SignInLine().Matches(demo.Server.Output).Select(match => new PrintedSignIn(match.Groups["email"].Value, match.Groups["role"].Value, match.Groups["contract"].Value));

    private sealed record PrintedSignIn(string Email, string Role, string Contract);

    [GeneratedRegex(@"CareLedger is serving .* at (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ServingLine();

    [GeneratedRegex(@"password for all: (?<password>\S+)\)")]
    private static partial Regex PasswordLine();

    [GeneratedRegex(@"^  (?<email>\S+@\S+\.demo)\s+(?<role>[a-z-]+)\s+(?<contract>\S+)", RegexOptions.Multiline)]
    private static partial Regex SignInLine();

    [GeneratedRegex("^How .+'s statement was worked out$")]
    private static partial Regex HowWorkedOut();
}
