using System.Net;
using CareLedger.Data.Accounts;
using CareLedger.Data.Storage;
using CareLedger.Server.Demo;
using CareLedger.Server.Tests.Support;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Server.Tests;

/// <summary>
/// Password guessing is throttled by attempts recorded in the database (so every server counts them), and sign-in
/// requests are rate-limited per address before any password is checked.
/// </summary>
public sealed class SignInThrottlingTests
{
    private const string Email = "commissioner@mid-notts.demo";

    public static TheoryData<DatabaseProvider> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task After_too_many_wrong_passwords_even_the_right_one_is_refused_with_retry_after(DatabaseProvider provider)
    {
        await using var ledger = await InProcessLedger.StartAsync(provider, settings => settings with { SignInLimits = new SignInLimits(3, 100, TimeSpan.FromMinutes(15)) });
        using var client = ledger.Anonymous();

        var wrong = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await client.PostAsync("/api/v1/session", Api.Json(new { email = Email, password = "not-the-password" }));
            wrong.Add(response.StatusCode);
        }

        using var right = await client.PostAsync("/api/v1/session", Api.Json(new { email = Email, password = DemoData.Password }));
        using var otherUser = await client.PostAsync("/api/v1/session", Api.Json(new { email = "provider@mid-notts.demo", password = DemoData.Password }));

        Assert.All(wrong, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 says when to try again");
        Assert.Null(Cookies.SignInCookieOf(right));
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
        await using var transaction = await ledger.Database.Database.BeginAsync();
        Assert.Equal(3L, await transaction.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM sign_in_attempts WHERE email = @Email AND succeeded = 0", new { Email }));
    }

    [Fact]
    public async Task The_throttle_ends_when_the_window_has_passed()
    {
        var clock = new SteppedClock(DateTimeOffset.Parse("2026-12-06T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var ledger = await InProcessLedger.StartAsync(configure: settings => settings with { Clock = clock, SignInLimits = new SignInLimits(2, 100, TimeSpan.FromMinutes(15)) });
        using var client = ledger.Anonymous();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            (await client.PostAsync("/api/v1/session", Api.Json(new { email = Email, password = "wrong-password!" }))).Dispose();
        }

        using var throttled = await client.PostAsync("/api/v1/session", Api.Json(new { email = Email, password = DemoData.Password }));
        clock.Advance(TimeSpan.FromMinutes(16));
        using var later = await client.PostAsync("/api/v1/session", Api.Json(new { email = Email, password = DemoData.Password }));

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task Sign_in_requests_beyond_the_rate_limit_are_refused_before_any_password_is_checked()
    {
        await using var ledger = await InProcessLedger.StartAsync(configure: settings => settings with { SignInRequestsPerMinute = 2 });
        using var client = ledger.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await client.PostAsync("/api/v1/session", Api.Json(new { email = $"nobody{attempt}@example.nhs.uk", password = "whatever-it-is" }));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        await using var transaction = await ledger.Database.Database.BeginAsync();
        Assert.Equal(2L, await transaction.QuerySingleOrDefaultAsync<long>("SELECT COUNT(*) FROM sign_in_attempts"));
    }
}
