using BenchmarkDotNet.Attributes;
using CareLedger.Cli;

namespace CareLedger.Benchmarks;

/// <summary>
/// <c>careledger budget</c> on a contract of many service lines, in each format, run in-process as a user runs it
/// (reading, checking, computing and printing) with the output thrown away. Printing must grow with the output, not
/// with its square: tables, JSON and CSV should scale alike.
/// </summary>
[MemoryDiagnoser]
public class OutputBenchmarks
{
    private string _folder = null!;

    [Params(1_000, 10_000)]
    public int ServiceLines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("careledger-bench-").FullName;
        File.WriteAllText(Path.Combine(_folder, "many-lines.yaml"), ManyLinesContract.Yaml(ServiceLines));
        foreach (var format in new[] { "table", "json", "csv" })
        {
            if (Run("budget", "many-lines.yaml", "--format", format) != ExitCodes.Ok)
            {
                throw new InvalidOperationException($"The benchmark contract does not compute as {format}.");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public int Budget_as_json() => Run("budget", "many-lines.yaml", "--format", "json");

    [Benchmark]
    public int Budget_as_csv() => Run("budget", "many-lines.yaml", "--format", "csv");

    [Benchmark]
    public int Budget_as_table() => Run("budget", "many-lines.yaml");

    private int Run(params string[] args) =>
        CliApplication.Run(args, new CliConsole(TextWriter.Null, TextWriter.Null, _folder, UseColour: false));
}
