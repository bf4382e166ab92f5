using System.Diagnostics;
using System.Globalization;
using CareLedger.Application;
using CareLedger.Data.Audit;
using CareLedger.Data.Contracts;
using CareLedger.Data.Imports;
using CareLedger.Data.Migrations;
using CareLedger.Data.Storage;
using CareLedger.TestSupport.Databases;

namespace CareLedger.Benchmarks;

/// <summary>
/// Imports one large CSV table of activity into a fresh ledger and reports rows per second and the process's peak
/// resident memory (VmHWM). One import is minutes of work at most, far beyond BenchmarkDotNet's repeated
/// iterations, so it is measured once per run, from reading the file to the commit, as <c>careledger import</c> does it:
/// <code>dotnet run -c Release --project bench/CareLedger.Benchmarks -- import [--rows N] [--postgres CONNSTR]</code>
/// </summary>
public static class ImportMeasurement
{
    public static async Task<int> RunAsync(string[] options)
    {
        var rows = Option(options, "--rows") is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : 1_000_000;
        var postgres = Option(options, "--postgres");
        var folder = Directory.CreateTempSubdirectory("careledger-import-bench-").FullName;
        try
        {
            var csv = Path.Combine(folder, "activity.csv");
            LargeActuals.WriteActivityCsv(csv, rows);
            var database = postgres is null ? LedgerDatabase.Sqlite(Path.Combine(folder, "ledger.db")) : LedgerDatabase.PostgreSql(postgres);
            await new MigrationRunner(database).MigrateAsync();
            var audit = new AuditTrail();
            var contracts = new ContractVersions(database, audit);
            var upload = await contracts.UploadAsync(Actor.System("bench"), new SourceText("large.yaml", LargeActuals.ContractYaml()));
            var contractId = upload.Version?.ContractId ?? throw new InvalidOperationException(string.Join('\n', upload.Diagnostics));
            GC.Collect();
            var before = PeakResidentBytes();

            // Processor time as well as the clock: on a busy machine the clock measures the neighbours too.
            var startCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var content = await File.ReadAllBytesAsync(csv);
            var stages = new StagePeaks(clock);
            var result = await new ActualsImports(database, contracts, audit).ImportAsync(new ImportRequest(contractId, [new ImportFile("activity.csv", content)]), Actor.System("bench"), stages);
            clock.Stop();

            if (!result.Succeeded)
            {
                Console.Error.WriteLine(string.Join('\n', result.Diagnostics.Take(20)));
                return 1;
            }

            var imported = result.Value!.Files[0].Import.RowCount;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database: {(postgres is null ? "SQLite" : "PostgreSQL")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file: {new FileInfo(csv).Length / (1024.0 * 1024.0):F1} MiB, {imported:N0} rows imported"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time: {clock.Elapsed.TotalSeconds:F2} s, {imported / clock.Elapsed.TotalSeconds:N0} rows/s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak resident memory: {PeakResidentBytes() / (1024 * 1024):N0} MiB (before the import: {before / (1024 * 1024):N0} MiB)"));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - startCpu;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processor time: {cpu.TotalSeconds:F2} s (every thread, collector included)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"by stage: {string.Join(", ", stages.Peaks.Select(peak => $"{peak.Stage} began at {peak.At.TotalSeconds:F2} s ({(peak.Cpu - startCpu).TotalSeconds:F2} s of processor time) with a peak of {peak.Bytes / (1024 * 1024):N0} MiB"))}"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }

    /// <summary>When each stage of the import began and the peak memory so far: what reading and checking took before writing.</summary>
    private sealed class StagePeaks(Stopwatch clock) : IProgress<ImportStage>
    {
        public List<(ImportStage Stage, TimeSpan At, TimeSpan Cpu, long Bytes)> Peaks { get; } = [];

        public void Report(ImportStage value) => Peaks.Add((value, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime, PeakResidentBytes()));
    }

    // The kernel's high-water mark of this process's resident set: the most memory it ever held at once.
    private static long PeakResidentBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(text => text.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
