using System.Net;
using CareLedger.Application;
using CareLedger.Application.Budgets;
using CareLedger.Application.Contracts;
using CareLedger.Application.Documents;
using CareLedger.Application.Json;
using CareLedger.Data.Storage;
using CareLedger.Data.Tests;
using CareLedger.Server.Demo;
using CareLedger.Server.Tests.Support;
using CareLedger.Specs.Templates;

namespace CareLedger.Server.Tests;

/// <summary>
/// Over HTTP against a real <c>careledger serve --demo</c> process on a SQLite file: signing in with a cookie, seeing
/// only one's own contracts, validating, the budget (the same bytes as the command line), editing with If-Match, and
/// a malformed contract refused with its line and column while the database stays exactly as it was.
/// </summary>
public sealed class EndToEndTests(DemoServer demo) : IClassFixture<DemoServer>
{
    private const string Own = "mid-notts-better-together";
    private readonly ServeProcess _server = demo.Server;

    [Fact]
    public async Task The_demo_prints_a_sign_in_for_every_role_and_the_server_is_healthy()
    {
        using var client = _server.Client();

        var health = await client.GetStringAsync("/health");

        Assert.Equal("Healthy", health);
        foreach (var role in (string[])["administrator", "commissioner-finance", "provider-finance", "board-member", "auditor"])
        {
            Assert.Contains(role, _server.Output, StringComparison.Ordinal);
        }

        Assert.Contains(DemoData.Password, _server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_commissioner_sees_only_their_contract_and_its_budget_as_the_command_line_prints_it()
    {
        using var client = await SignedInAsync("commissioner@mid-notts.demo");

        var contracts = await Api.ReadJsonAsync(await client.GetAsync("/api/v1/contracts"));
        var elsewhere = await client.GetAsync("/api/v1/contracts/bedfordshire-msk");
        var budget = await client.GetStringAsync($"/api/v1/contracts/{Own}/budget");

        Assert.Equal([Own], contracts.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(ExpectedBudgetJson("mid-notts-alliance"), budget);
    }

    [Fact]
    public async Task Validate_reports_every_finding_with_its_line_and_column_and_stores_nothing()
    {
        using var client = await SignedInAsync("provider@mid-notts.demo");
        var before = await DumpAsync();

        using var response = await client.PostAsync("/api/v1/validate?name=published.yaml", Api.Yaml(TemplateCatalog.MidNottsAsPublished.Yaml));
        var document = await Api.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("published.yaml", document.GetProperty("file").GetString());
        Assert.NotEmpty(document.GetProperty("findings").EnumerateArray());
        Assert.All(document.GetProperty("findings").EnumerateArray(), finding => Assert.True(finding.GetProperty("line").GetInt32() > 0));
        Assert.Equal(before, await DumpAsync());
    }

    [Fact]
    public async Task An_edit_with_the_current_etag_stores_a_version_and_a_stale_one_gets_412_and_changes_nothing()
    {
        using var client = await SignedInAsync("commissioner@mid-notts.demo");
        using var read = await client.GetAsync($"/api/v1/contracts/{Own}");
        var etag = read.Headers.ETag!.Tag;
        var yaml = await client.GetStringAsync($"/api/v1/contracts/{Own}/yaml");
        // A new version whose figures are the same (other tests compare the budget with the template's).
        var edited = yaml + "\n# revised by the finance lead " + Guid.NewGuid().ToString("N") + "\n";

        using var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contracts/{Own}") { Content = Api.Yaml(edited) };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        using var stored = await client.SendAsync(first);
        var afterEdit = await DumpAsync();
        using var second = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contracts/{Own}") { Content = Api.Yaml(edited + "\n# another change\n") };
        second.Headers.TryAddWithoutValidation("If-Match", etag);
        using var stale = await client.SendAsync(second);

        Assert.True(stored.StatusCode == HttpStatusCode.OK, await Api.DescribeAsync(stored));
        Assert.Equal("added", (await Api.ReadJsonAsync(stored)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.Headers.ETag!.Tag, (await Api.ReadJsonAsync(stale)).GetProperty("current_etag").GetString());
        Assert.Equal(afterEdit, await DumpAsync());
    }

    [Theory]
    [InlineData("parties: [unclosed\n", 1)]
    [InlineData("id: x\nname: y\nterm:\n\tstart: 2016-04-01\n", 4)]
    [InlineData("id: mid-notts-better-together\nname: Broken\ncurrency: GBP\nterm: [1, 2]\n", 1)]
    [InlineData("id: mid-notts-better-together\n\u0000\n", 2)]
    public async Task A_malformed_contract_gets_problem_details_naming_line_and_column_and_the_database_is_unchanged(string yaml, int line)
    {
        using var client = await SignedInAsync("commissioner@mid-notts.demo");
        using var read = await client.GetAsync($"/api/v1/contracts/{Own}");
        var before = await DumpAsync();

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contracts/{Own}") { Content = Api.Yaml(yaml) };
        request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        using var response = await client.SendAsync(request);
        var problem = await Api.ReadJsonAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, await Api.DescribeAsync(response));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var findings = problem.GetProperty("findings").EnumerateArray().ToArray();
        Assert.NotEmpty(findings);
        Assert.Contains(findings, finding => finding.GetProperty("severity").GetString() == "error" && finding.GetProperty("line").GetInt32() >= line && finding.GetProperty("column").GetInt32() > 0);
        Assert.Equal(before, await DumpAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_cookie()
    {
        using var client = await SignedInAsync("auditor@mid-notts.demo");

        using var signOut = await client.DeleteAsync("/api/v1/session");
        Cookies.Use(client, Cookies.SignInCookieOf(signOut) ?? "careledger=");
        using var after = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_and_the_reference_page_are_served()
    {
        using var client = _server.Client();

        var openApi = await client.GetStringAsync("/openapi/v1.json");
        using var reference = await client.GetAsync("/api/reference/");

        Assert.Contains("/api/v1/contracts/{contractId}/budget", openApi, StringComparison.Ordinal);
        Assert.Contains("application/yaml", openApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _server.Client();
        using var response = await client.PostAsync("/api/v1/session", Api.Json(new { email, password = DemoData.Password }));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Api.DescribeAsync(response));
        Cookies.Use(client, Cookies.SignInCookieOf(response) ?? throw new InvalidOperationException("No sign-in cookie."));
        return client;
    }

    private Task<string> DumpAsync() => SchemaDump.TakeAsync(LedgerDatabase.Sqlite(demo.DatabaseFile));

    private static string ExpectedBudgetJson(string template)
    {
        var text = TemplateCatalog.Find(template)!;
        var contract = new ContractService().Open(new SourceText(template + ".yaml", text.Yaml)).Value!.Contract!;
        return CareLedgerJson.Write(BudgetDocument.Of(new BudgetService().Compute(contract).Value!)) + "\n";
    }
}
