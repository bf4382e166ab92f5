using CareLedger.Server.Demo;
using CareLedger.Server.Tests.Support;
using Microsoft.Playwright;

namespace CareLedger.Server.Tests.Browser;

/// <summary>
/// The risk/reward register and the audit trail in real headless Chromium against a real <c>careledger serve
/// --demo</c>: the board votes a gateway item through under unanimity, a provider sees the register read-only and a
/// forged post records nothing, and the auditor finds the votes in the trail. axe-core and screenshots on both pages.
/// </summary>
public sealed class RiskRegisterPageTests(DemoServer demo, HeadlessChromium chromium) : IClassFixture<DemoServer>, IClassFixture<HeadlessChromium>
{
    private const string MidNotts = "mid-notts-better-together";

    // mid-notts-alliance.yaml: the generic-switching item is material, but its other two gateway questions are
    // unanswered, so settlement lists it and shares nothing. Its eight full members decide by unanimity.
    private const string Item = "high-cost-drugs-generic-switching";

    private static readonly string[] OtherFullMembers =
        ["mansfield-ashfield-ccg", "newark-sherwood-ccg", "notts-county-council", "sherwood-forest", "notts-healthcare", "nems", "emas"];

    [Fact]
    public async Task The_board_votes_a_gateway_item_through_and_the_auditor_finds_the_votes()
    {
        var page = await SignedInAsync("board@mid-notts.demo");
        await page.GotoAsync(Url($"/contracts/{MidNotts}"));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Risk.reward register") }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Risk/reward register", Exact = true }));
        var item = page.Locator($"#item-{Item}");
        Assert.Contains("not through the gateway", await item.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("not yet answered", await AnswerAsync(item, "Collective responsibility"));
        // The settled 2016/17 run lists the item as not shared.
        Assert.Contains("not shared", await page.Locator("#distribution ~ ul").InnerTextAsync(), StringComparison.Ordinal);
        await WebPageTests.CheckAsync(page, "risk-register");

        var collective = await ProposeAsync(page, "collective_responsibility");
        var jointly = await ProposeAsync(page, "jointly_agreed");
        var card = page.Locator($"#motion-{collective}");
        Assert.Contains("0 of 8 full members have voted for; all 8 must vote for it to carry.", await card.InnerTextAsync(), StringComparison.Ordinal);
        await VoteForAsync(page, collective, jointly);
        Assert.Contains("1 of 8 full members have voted for", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Waiting for Mansfield and Ashfield CCG, Newark and Sherwood CCG,", await card.InnerTextAsync(), StringComparison.Ordinal);

        // Each other full member's board member votes for both; the last vote carries them.
        foreach (var member in OtherFullMembers)
        {
            var board = await SignedInAsync($"board.{member}@mid-notts.demo");
            await board.GotoAsync(Url($"/contracts/{MidNotts}/risks"));
            await VoteForAsync(board, collective, jointly);
            await board.Context.CloseAsync();
        }

        await page.ReloadAsync();
        item = page.Locator($"#item-{Item}");
        var text = await item.InnerTextAsync();
        Assert.Contains("through the gateway", text.Replace("not through the gateway", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("not through the gateway", text, StringComparison.Ordinal);
        Assert.Equal("yes", await AnswerAsync(item, "Collective responsibility"));
        Assert.Equal("yes", await AnswerAsync(item, "Jointly agreed"));
        Assert.Contains("Carried: 8 of 8 full members voted for.", await page.Locator($"#motion-{jointly}").InnerTextAsync(), StringComparison.Ordinal);
        // Through the gateway, but not yet included: still listed, not shared, and now it can be proposed for sharing.
        Assert.Contains("listed, not shared", text, StringComparison.Ordinal);
        Assert.Equal(1, await item.GetByText("Propose including this item in sharing").CountAsync());
        await WebPageTests.CheckAsync(page, "risk-register-carried");

        // The auditor searches the trail for the votes: the search is a link, and finds Emas's vote on both.
        var auditor = await SignedInAsync("auditor@mid-notts.demo");
        await auditor.GotoAsync(Url($"/contracts/{MidNotts}"));
        await auditor.GetByRole(AriaRole.Link, new() { NameRegex = new("^Audit trail") }).ClickAsync();
        await WebPageTests.Expect(auditor.GetByRole(AriaRole.Heading, new() { Name = "Audit trail", Exact = true }));
        Assert.Contains("chain intact", await auditor.Locator("#chain-status").InnerTextAsync(), StringComparison.Ordinal);
        await auditor.GetByLabel("Who").FillAsync("board.emas");
        await auditor.GetByLabel("Kind of change").SelectOptionAsync("motion.vote");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await WebPageTests.Expect(auditor.GetByRole(AriaRole.Heading, new() { Name = "2 entries, newest first" }));
        Assert.Contains("who=board.emas", auditor.Url, StringComparison.Ordinal);
        Assert.Contains("kind=motion.vote", auditor.Url, StringComparison.Ordinal);
        var entries = await auditor.Locator(".careledger-audit-entry").AllInnerTextsAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, entry => Assert.Contains("board.emas@mid-notts.demo", entry, StringComparison.Ordinal));
        Assert.All(entries, entry => Assert.Contains("\"emas\": \"for\"", entry, StringComparison.Ordinal));
        await WebPageTests.CheckAsync(auditor, "audit-trail");
    }

    [Fact]
    public async Task A_provider_sees_the_register_read_only_and_a_forged_proposal_records_nothing()
    {
        var page = await SignedInAsync("provider@mid-notts.demo");
        await page.GotoAsync(Url($"/contracts/{MidNotts}/risks"));
        await WebPageTests.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Risk/reward register", Exact = true }));
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        Assert.Contains("Only board members of the voting parties propose motions and vote", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await WebPageTests.CheckAsync(page, "risk-register-read-only");

        // A token from a form the provider may use (sign out), then a post as the suspension form would make it.
        await page.GotoAsync(Url("/sign-out"));
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var forged = await page.Context.APIRequest.PostAsync(Url($"/contracts/{MidNotts}/risks"), new()
        {
            Form = FormOf(page.Context.APIRequest, ("__RequestVerificationToken", token!), ("_handler", "suspension"), ("Proposal.Form", "suspension"), ("Proposal.Kind", "suspension"), ("Proposal.Year", "2016/17"), ("Proposal.Reason", "forged")),
            MaxRedirects = 0,
        });
        Assert.InRange(forged.Status, 400, 403);

        var board = await SignedInAsync("board@mid-notts.demo");
        await board.GotoAsync(Url($"/contracts/{MidNotts}/risks"));
        Assert.Contains("No suspension has been proposed.", await board.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The audit trail is the auditors': the provider is told so.
        var audit = await page.GotoAsync(Url($"/contracts/{MidNotts}/audit"));
        Assert.Equal(403, audit!.Status);
        Assert.Contains("do not include auditor", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Proposes a gateway "yes" for the item through its form; returns the motion's number.</summary>
    private static async Task<long> ProposeAsync(IPage page, string question)
    {
        var item = page.Locator($"#item-{Item}");
        await item.GetByText("Propose a gateway answer for this item").ClickAsync();
        await item.GetByLabel("Gateway question").SelectOptionAsync(question);
        await item.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await item.GetByLabel("Reason").FillAsync($"Alliance Leadership Board minutes, 12 May 2016: {question.Replace('_', ' ')} agreed.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Propose this motion" }).ClickAsync();
        await WebPageTests.Expect(page.GetByRole(AriaRole.Status));
        var status = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.Contains($"gateway question '{question}' for item '{Item}': yes", status, StringComparison.Ordinal);
        return long.Parse(page.Url.Split("recorded=")[1].Split('#')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> AnswerAsync(ILocator item, string question) =>
        (await item.Locator(".nhsuk-summary-list__row", new() { Has = item.Page.GetByText(question, new() { Exact = true }) }).Locator("dd").InnerTextAsync()).Trim();

    private static async Task VoteForAsync(IPage page, params long[] motions)
    {
        foreach (var motion in motions)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = $"Vote for motion {motion}", Exact = true }).ClickAsync();
            await WebPageTests.Expect(page.GetByRole(AriaRole.Status));
            Assert.Contains($"Recorded. Motion {motion}", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/sign-in"));
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(Url("/"));
        return page;
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

    private string Url(string path) => new Uri(demo.Server.Address, path).ToString();
}
