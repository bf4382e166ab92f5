using CareLedger.Data.Accounts;
using CareLedger.Data.Audit;
using CareLedger.Data.Storage;
using CareLedger.Server.Demo;
using CareLedger.TestSupport.Databases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareLedger.Server.Tests.Support;

/// <summary>
/// The server hosted in the test process (ASP.NET Core's TestServer) on a fresh database with the demo loaded, and an
/// API token for each demo user, so a test can call any endpoint as anyone without paying for password hashing.
/// </summary>
public sealed class InProcessLedger : IAsyncDisposable
{
    public const string OwnContract = "mid-notts-better-together";
    public const string OtherContract = "bedfordshire-msk";

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private InProcessLedger(TestDatabase database, WebApplication app)
    {
        Database = database;
        App = app;
    }

    public TestDatabase Database { get; }

    public WebApplication App { get; }

    /// <summary>Starts a server; <paramref name="configure"/> may change its settings (limits, clock).</summary>
    public static async Task<InProcessLedger> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, Func<ServerSettings, ServerSettings>? configure = null)
    {
        var database = await TestDatabase.EmptyAsync(provider);
        var settings = new ServerSettings(database.Database) { Port = 0 };
        settings = configure?.Invoke(settings) ?? settings;
        var app = await LedgerServer.CreateAsync(settings, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        var ledger = new InProcessLedger(database, app);
        await DemoData.LoadAsync(app.Services);
        await ledger.IssueTokensAsync();
        return ledger;
    }

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => App.GetTestClient();

    /// <summary>A client carrying the API token of the demo user with this email.</summary>
    public HttpClient As(string email)
    {
        var client = App.GetTestClient();
        Cookies.UseToken(client, _tokens[email]);
        return client;
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A user in an organisation that is no party of any contract, holding no role: sees nothing.</summary>
    public const string Outsider = "outsider@elsewhere.example";

    private async Task IssueTokensAsync()
    {
        var users = Service<Users>();
        var tokens = Service<ApiTokens>();
        var organisations = Service<Organisations>();
        var actor = Actor.System("test");
        await organisations.CreateAsync(actor, "elsewhere", "An organisation in no contract");
        await users.CreateAsync(actor, new NewUser(Outsider, "Outsider", "elsewhere", null));
        foreach (var email in DemoEmails.Append(Outsider))
        {
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo user {email}.");
            var token = await tokens.CreateAsync(actor, user.Id, "tests", null);
            _tokens[email] = token.Value!.Secret;
        }
    }

    public static IEnumerable<string> DemoEmails =>
        [DemoData.AdministratorEmail, "commissioner@mid-notts.demo", "provider@mid-notts.demo", "board@mid-notts.demo", "auditor@mid-notts.demo"];

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
