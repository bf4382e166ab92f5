using BenchmarkDotNet.Attributes;
using CareLedger.Cli;
using CareLedger.Specs.Templates;

namespace CareLedger.Benchmarks;

/// <summary>
/// <c>careledger settle</c> for the Mid-Nottinghamshire template's example year with a suspension whose reason is a
/// megabyte long, printed as a table: the reason lands in a wrapped column of several statements and in the notes.
/// Once as one unbroken word, once as ordinary words, since wrapping treats them differently.
/// </summary>
[MemoryDiagnoser]
public class LongTextBenchmarks
{
    private const int ReasonLength = 1_000_000;
    private const string Template = "mid-notts-alliance";

    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var template = TemplateCatalog.Find(Template) ?? throw new InvalidOperationException($"No template {Template}.");
        _folder = Directory.CreateTempSubdirectory("careledger-bench-").FullName;
        File.WriteAllText(Path.Combine(_folder, "contract.yaml"), template.Yaml);
        WriteActuals("one-word.actuals.yaml", template, new string('x', ReasonLength));
        WriteActuals("words.actuals.yaml", template, Words(ReasonLength));
        if (Settle("one-word.actuals.yaml") != ExitCodes.Ok || Settle("words.actuals.yaml") != ExitCodes.Ok)
        {
            throw new InvalidOperationException("The benchmark actuals do not settle.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int Settle_with_a_1MB_reason_of_one_word() => Settle("one-word.actuals.yaml");

    [Benchmark]
    public int Settle_with_a_1MB_reason_of_words() => Settle("words.actuals.yaml");

    private int Settle(string actuals) =>
        CliApplication.Run(
            ["settle", "contract.yaml", "--actuals", actuals, "--period", "2016/17"],
            new CliConsole(TextWriter.Null, TextWriter.Null, _folder, UseColour: false));

    private void WriteActuals(string name, ContractTemplate template, string reason) =>
        File.WriteAllText(
            Path.Combine(_folder, name),
            template.ActualsYaml + $"\nsuspensions:\n  - {{ year: 2016/17, item: all, reason: \"{reason}\", decided: 2017-01-15 }}\n");

    private static string Words(int length)
    {
        var random = new Random(1_000_000);
        var text = new System.Text.StringBuilder(length + 12);
        while (text.Length < length)
        {
            text.Append(new string('w', random.Next(1, 12))).Append(' ');
        }

        return text.ToString(0, length);
    }
}
