using System.Net;
using CareLedger.Data.Tests;
using CareLedger.Server.Demo;
using CareLedger.Server.Tests.Support;

namespace CareLedger.Server.Tests;

/// <summary>API tokens for scripts: shown once, stored only as a hash, usable as a bearer token, and revocable at once.</summary>
public sealed class ApiTokenTests
{
    [Fact]
    public async Task A_token_is_shown_once_stored_as_a_hash_works_as_a_bearer_token_and_stops_when_revoked()
    {
        await using var ledger = await InProcessLedger.StartAsync();
        using var browser = ledger.Anonymous();
        using var signIn = await browser.PostAsync("/api/v1/session", Api.Json(new { email = "provider@mid-notts.demo", password = DemoData.Password }));
        Cookies.Use(browser, Cookies.SignInCookieOf(signIn)!);

        using var created = await browser.PostAsync("/api/v1/me/tokens", Api.Json(new { name = "monthly import script" }));
        var document = await Api.ReadJsonAsync(created);
        var secret = document.GetProperty("token").GetString()!;
        var tokenId = document.GetProperty("details").GetProperty("id").GetString()!;
        var dump = await SchemaDump.TakeAsync(ledger.Database.Database);
        var listed = await browser.GetStringAsync("/api/v1/me/tokens");

        using var script = ledger.Anonymous();
        Cookies.UseToken(script, secret);
        using var me = await script.GetAsync("/api/v1/me");
        using var contracts = await script.GetAsync($"/api/v1/contracts/{InProcessLedger.OwnContract}/budget");
        using var revoked = await browser.DeleteAsync($"/api/v1/me/tokens/{tokenId}");
        using var afterRevoke = await script.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("clt_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, dump, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(HttpStatusCode.OK, contracts.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task A_made_up_token_is_refused()
    {
        await using var ledger = await InProcessLedger.StartAsync();
        using var client = ledger.Anonymous();
        Cookies.UseToken(client, "clt_" + new string('A', 43));

        using var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Every_change_to_users_roles_organisations_and_tokens_is_in_the_audit_trail()
    {
        await using var ledger = await InProcessLedger.StartAsync();
        using var admin = ledger.As(DemoData.AdministratorEmail);

        using var organisation = await admin.PostAsync("/api/v1/organisations", Api.Json(new { id = "audit-firm", name = "An audit firm" }));
        using var user = await admin.PostAsync("/api/v1/users", Api.Json(new { email = "Auditor@Audit-Firm.example", name = "External auditor", organisation = "audit-firm", password = "long enough password" }));
        var userId = (await Api.ReadJsonAsync(user)).GetProperty("id").GetString();
        using var role = await admin.PostAsync($"/api/v1/users/{userId}/roles", Api.Json(new { contract_id = InProcessLedger.OwnContract, role = "auditor" }));
        using var disabled = await admin.PutAsync($"/api/v1/users/{userId}/disabled", Api.Json(new { disabled = true }));
        var trail = await admin.GetStringAsync("/api/v1/audit?limit=500");
        var verification = await Api.ReadJsonAsync(await admin.GetAsync("/api/v1/audit/verification"));

        Assert.Equal(HttpStatusCode.Created, organisation.StatusCode);
        Assert.Equal(HttpStatusCode.Created, user.StatusCode);
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        foreach (var action in (string[])["organisation.created", "user.created", "user.role.granted", "user.disabled", "token.created", "organisation.party.linked"])
        {
            Assert.Contains($"\"action\":\"{action}\"", trail, StringComparison.Ordinal);
        }

        Assert.Contains("auditor@audit-firm.example", trail, StringComparison.Ordinal);
        Assert.DoesNotContain("long enough password", trail, StringComparison.Ordinal);
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
    }
}
