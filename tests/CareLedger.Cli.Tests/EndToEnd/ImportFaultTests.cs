using System.Diagnostics;
using CareLedger.Application;
using CareLedger.Cli.Tests.Support;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Storage;
using CareLedger.Data.Tests;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Cli.Tests.EndToEnd;

/// <summary>
/// The real <c>careledger</c> program, killed with SIGKILL in the middle of a large import — as it starts writing,
/// inside its transaction, after every row was checked — leaves no partial rows: every table is as it was before, on
/// SQLite and on PostgreSQL, and the same import then runs to completion.
/// </summary>
public sealed class ImportFaultTests : IDisposable
{
    private const int Rows = 150_000;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_killed_as_it_writes_leaves_every_table_as_it_was(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.MigratedAsync(provider);
        var audit = new AuditTrail();
        var upload = await new ContractVersions(test.Database, audit).UploadAsync(Actor.System("test"), new SourceText("large.yaml", LargeActuals.ContractYaml()));
        var contractId = upload.Version!.ContractId;
        var csv = _folder.File("activity.csv");
        LargeActuals.WriteActivityCsv(csv, Rows);
        string[] ledger = provider == DatabaseProvider.Sqlite ? ["--db", test.Database.Description] : ["--postgres", test.Database.ConnectionString];
        var before = await SchemaDump.TakeAsync(test.Database);

        using (var import = Start(["import", contractId, csv, .. ledger]))
        {
            var writing = await WaitUntilWritingAsync(import);
            Assert.True(writing, $"the import ended before it said it was writing: exit {(import.HasExited ? import.ExitCode : -1)}");
            import.Kill(); // SIGKILL on Linux: no handler, no rollback of its own.
            await import.WaitForExitAsync();
            Assert.True(import.ExitCode == 137, $"careledger exited {import.ExitCode}, not killed:\n{await import.StandardOutput.ReadToEndAsync()}");
        }

        await TestDatabase.WhenOtherSessionsEndAsync(test.Database, Patience);
        Assert.Equal(before, await SchemaDump.TakeAsync(test.Database));

        using var again = Start(["import", contractId, csv, .. ledger]);
        var output = await again.StandardOutput.ReadToEndAsync();
        await again.WaitForExitAsync();
        Assert.True(again.ExitCode == ExitCodes.Ok, output + await again.StandardError.ReadToEndAsync());
        Assert.Contains($"imported as {contractId}#1 (csv, {Rows:N0} rows)", output, StringComparison.Ordinal);
    }

    private Process Start(string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "careledger"))
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("careledger did not start.");
    }

    /// <summary>
    /// True once careledger says it is writing: every row has been checked inside the import's transaction, and the
    /// file and its audit entry are on their way to the database, not yet committed.
    /// </summary>
    private static async Task<bool> WaitUntilWritingAsync(Process import)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (await import.StandardError.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.StartsWith("careledger: writing", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
