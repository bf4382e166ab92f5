using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Server.Tests.Support;

/// <summary>Two real <c>careledger serve</c> processes on one fresh PostgreSQL database; the first loads the demo.</summary>
public sealed class TwoServers : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public ServeProcess First { get; private set; } = null!;

    public ServeProcess Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.EmptyAsync(DatabaseProvider.PostgreSql);
        First = await ServeProcess.StartAsync("--postgres", _database.Database.ConnectionString, "--demo");
        Second = await ServeProcess.StartAsync("--postgres", _database.Database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await _database.DisposeAsync();
    }
}
