namespace CareLedger.Server.Tests.Support;

/// <summary>One real <c>careledger serve --demo</c> on a SQLite file, shared by the tests of a class (it takes seconds to start).</summary>
public sealed class DemoServer : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public ServeProcess Server { get; private set; } = null!;

    public string DatabaseFile => _folder.File("ledger.db");

    public async Task InitializeAsync() => Server = await ServeProcess.StartAsync("--db", DatabaseFile, "--demo");

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public void Dispose() => _folder.Dispose();
}
