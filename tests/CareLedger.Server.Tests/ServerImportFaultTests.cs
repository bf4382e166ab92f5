using System.Net;
using CareLedger.Application;
using CareLedger.Data.Accounts;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Data.Tests;
using CareLedger.Server.Tests.Support;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Server.Tests;

/// <summary>
/// A real <c>careledger serve</c> killed with SIGKILL in the middle of a large import over HTTP — once it logs that
/// every row was checked and it is writing, inside the import's transaction — leaves every table as it was, on SQLite
/// and on PostgreSQL; a new server then takes the same file whole. The import's last write is held
/// (<see cref="StalledAuditTrail"/>) so the kill cannot come after its commit.
/// </summary>
public sealed class ServerImportFaultTests : IDisposable
{
    private const int Rows = 150_000;
    private const string Email = "finance@large.example";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_server_killed_as_it_writes_an_import_leaves_every_table_as_it_was(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var (contractId, token) = await SetUpAsync(test.Database);
        var csv = _folder.File("activity.csv");
        LargeActuals.WriteActivityCsv(csv, Rows);
        var content = await File.ReadAllBytesAsync(csv);
        string[] ledger = provider == DatabaseProvider.Sqlite ? ["--db", test.Database.Description] : ["--postgres", test.Database.ConnectionString];
        string before;
        await using (var server = await ServeProcess.StartAsync(ledger))
        {
            using var client = Authorised(server, token);
            // A first server makes its data-protection key as it starts: the picture is taken after that.
            (await client.GetAsync($"/api/v1/contracts/{contractId}/imports")).EnsureSuccessStatusCode();
            await using var stall = await StalledAuditTrail.HoldAsync(test.Database);
            before = await SchemaDump.TakeAsync(test.Database);
            var import = client.PostAsync($"/api/v1/contracts/{contractId}/imports?name=activity.csv", Body(content));
            var writing = await server.WaitForLineAsync(line => line.Contains($"Import into {contractId} by {Email}: writing.", StringComparison.Ordinal), Patience);
            Assert.True(writing, $"the server never said it was writing:\n{server.Output}");
            Assert.True(await stall.ReachedAsync(Patience), "the import never reached its audit entry");
            Assert.Equal(137, await server.KillAsync());
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => import);
            await stall.ReleaseAsync();
            await TestDatabase.WhenOtherSessionsEndAsync(test.Database, Patience);
            Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));
        }

        await using var again = await ServeProcess.StartAsync(ledger);
        using var retry = Authorised(again, token);
        using var response = await retry.PostAsync($"/api/v1/contracts/{contractId}/imports?name=activity.csv", Body(content));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Api.DescribeAsync(response));
        Assert.Equal(Rows, (await Api.ReadJsonAsync(response)).GetProperty("files")[0].GetProperty("import").GetProperty("rows").GetInt64());
    }

    /// <summary>The large contract (200 more providers), an organisation that is its commissioner, and a finance user's API token.</summary>
    private static async Task<(string ContractId, string Token)> SetUpAsync(LedgerDatabase database)
    {
        var (actor, audit, clock) = (Actor.System("test"), new AuditTrail(), TimeProvider.System);
        var upload = await new ContractVersions(database, audit).UploadAsync(actor, new SourceText("large.yaml", LargeActuals.ContractYaml()));
        var contractId = upload.Version!.ContractId;
        var organisations = new Organisations(database, audit, clock);
        await organisations.CreateAsync(actor, "bedfordshire-ccg", "Bedfordshire CCG");
        await organisations.LinkPartyAsync(actor, new PartyLink("bedfordshire-ccg", contractId, "bedfordshire-ccg"));
        var users = new Users(database, audit, new AccountPasswords(), clock);
        var user = (await users.CreateAsync(actor, new NewUser(Email, "Finance", "bedfordshire-ccg", null))).Value!;
        await users.GrantRoleAsync(actor, new RoleGrant(user.Id, contractId, ContractRole.CommissionerFinance));
        var token = await new ApiTokens(database, audit, clock).CreateAsync(actor, user.Id, "fault test", null);
        return (contractId, token.Value!.Secret);
    }

    private static HttpClient Authorised(ServeProcess server, string token)
    {
        var client = server.Client();
        Cookies.UseToken(client, token);
        return client;
    }

    private static ByteArrayContent Body(byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return body;
    }
}
