using System.Net;
using CareLedger.Server.Demo;
using CareLedger.Server.Tests.Support;

namespace CareLedger.Server.Tests;

/// <summary>
/// Two real <c>careledger serve</c> processes on one PostgreSQL behave as one service: nothing that must be shared
/// (cookie keys, sign-in throttles, tokens) lives in either process's memory.
/// </summary>
public sealed class TwoServerTests(TwoServers servers) : IClassFixture<TwoServers>
{
    private readonly ServeProcess _first = servers.First;
    private readonly ServeProcess _second = servers.Second;

    [Fact]
    public async Task A_cookie_issued_by_one_server_is_accepted_by_the_other()
    {
        using var first = _first.Client();
        using var signIn = await first.PostAsync("/api/v1/session", Api.Json(new { email = "board@mid-notts.demo", password = DemoData.Password }));
        var cookie = Cookies.SignInCookieOf(signIn)!;
        using var second = _second.Client();
        Cookies.Use(second, cookie);

        using var me = await second.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True(me.StatusCode == HttpStatusCode.OK, await Api.DescribeAsync(me));
        Assert.Contains("board@mid-notts.demo", await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_sign_ins_on_one_server_throttle_the_account_on_the_other()
    {
        using var first = _first.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await first.PostAsync("/api/v1/session", Api.Json(new { email = "auditor@mid-notts.demo", password = "guess-number-" + attempt }))).Dispose();
        }

        using var second = _second.Client();
        using var right = await second.PostAsync("/api/v1/session", Api.Json(new { email = "auditor@mid-notts.demo", password = DemoData.Password }));

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task A_token_created_through_one_server_works_on_the_other_until_revoked_there()
    {
        using var first = _first.Client();
        using var signIn = await first.PostAsync("/api/v1/session", Api.Json(new { email = "commissioner@mid-notts.demo", password = DemoData.Password }));
        Cookies.Use(first, Cookies.SignInCookieOf(signIn)!);
        var created = await Api.ReadJsonAsync(await first.PostAsync("/api/v1/me/tokens", Api.Json(new { name = "script" })));
        using var second = _second.Client();
        Cookies.UseToken(second, created.GetProperty("token").GetString()!);

        using var before = await second.GetAsync("/api/v1/contracts");
        (await first.DeleteAsync($"/api/v1/me/tokens/{created.GetProperty("details").GetProperty("id").GetString()}")).Dispose();
        using var after = await second.GetAsync("/api/v1/contracts");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task The_same_period_settled_at_once_through_both_servers_gives_one_run()
    {
        using var first = _first.Client();
        using var signIn = await first.PostAsync("/api/v1/session", Api.Json(new { email = "commissioner@mid-notts.demo", password = DemoData.Password }));
        var cookie = Cookies.SignInCookieOf(signIn)!;
        Cookies.Use(first, cookie);
        using var second = _second.Client();
        Cookies.Use(second, cookie);
        const string Settlements = "/api/v1/contracts/mid-notts-better-together/settlements";
        // The demo settles each quarter and the year itself; its months are left for the first settlement here.
        string[] periods = [.. Enumerable.Range(1, 12).Select(month => $"2016/17-M{month:00}")];

        foreach (var period in periods)
        {
            var answers = await Task.WhenAll(first.PostAsync(Settlements, Api.Json(new { period })), second.PostAsync(Settlements, Api.Json(new { period })));
            var runs = await Api.ReadJsonAsync(await first.GetAsync($"/api/v1/contracts/mid-notts-better-together/runs?period={Uri.EscapeDataString(period)}"));

            var statuses = answers.Select(answer => answer.StatusCode).Order().ToArray();
            Assert.True(statuses is [HttpStatusCode.OK, HttpStatusCode.Created], $"{period}: {string.Join(", ", await Task.WhenAll(answers.Select(Api.DescribeAsync)))}");
            var runIds = await Task.WhenAll(answers.Select(async answer => (await Api.ReadJsonAsync(answer)).GetProperty("run").GetProperty("id").GetString()));
            Assert.Equal(runIds[0], runIds[1]);
            Assert.Equal(1, Items(runs).GetArrayLength());
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
    }

    // A list may come paged ({"items": [...]}) or bare.
    private static System.Text.Json.JsonElement Items(System.Text.Json.JsonElement list) =>
        list.ValueKind == System.Text.Json.JsonValueKind.Object && list.TryGetProperty("items", out var items) ? items : list;
}
