using CareLedger.Server.Demo;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CareLedger.Server.Tests.Browser;

/// <summary>What every browser test does: sign in as a demo user, and check a page (axe-core, screenshots desktop and narrow).</summary>
public static class BrowserPages
{
    /// <summary>A new browser context (1280 px wide, British English) signed in as <paramref name="email"/> with the demo password.</summary>
    public static async Task<IPage> SignedInAsync(IBrowser browser, Uri server, string email)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await NewContextAsync(browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server, "/sign-in").ToString());
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(server, "/").ToString());
        return page;
    }

    public static Task<IBrowserContext> NewContextAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB" });
    }

    /// <summary>No serious or critical accessibility violation; a screenshot at desktop width and on a narrow screen.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
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
}
