using System.Text.RegularExpressions;
using CareLedger.Cli.Tests.Support;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Tests.Fuzz;

/// <summary>
/// Thousands of broken and hostile variants of every template's contract and actuals, each run through validate,
/// budget and settle: every run must end with exit 0, 1 or 2 (never an internal error or a crash), within a generous
/// time (a hang, not a speed check), without allocating more than a bounded amount, and every exit 1 must say where
/// the problem is (FILE:LINE:COL). Seeded: a failure names the template, the seed and the case to replay.
/// </summary>
public sealed partial class FuzzTests
{
    private const int CasesPerFile = 150;
    private const long MostBytesAllocated = 1L << 30;
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Templates() => [.. TemplateCatalog.All.Select(template => template.Name)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Broken_contracts_are_answered_with_a_located_finding_or_a_usage_error_never_a_crash(string name)
    {
        var template = TemplateCatalog.Find(name)!;
        using var cli = new CliRunner();
        cli.Directory.Write("actuals.yaml", template.ActualsYaml);
        var mutator = new Mutator(Seed(name, 1));
        for (var index = 0; index < CasesPerFile; index++)
        {
            File.WriteAllBytes(cli.Directory.File("contract.yaml"), mutator.Mutate(template.Yaml));
            var replay = $"{name}, contract case {index} (seed {Seed(name, 1)})";
            Check(cli, replay, "validate", "contract.yaml");
            Check(cli, replay, "budget", "contract.yaml");
            Check(cli, replay, "settle", "contract.yaml", "--actuals", "actuals.yaml", "--period", template.ActualsYear);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Broken_actuals_are_answered_with_a_located_finding_or_a_usage_error_never_a_crash(string name)
    {
        var template = TemplateCatalog.Find(name)!;
        using var cli = new CliRunner();
        cli.Directory.Write("contract.yaml", template.Yaml);
        var mutator = new Mutator(Seed(name, 2));
        for (var index = 0; index < CasesPerFile; index++)
        {
            File.WriteAllBytes(cli.Directory.File("actuals.yaml"), mutator.Mutate(template.ActualsYaml));
            var replay = $"{name}, actuals case {index} (seed {Seed(name, 2)})";
            Check(cli, replay, "settle", "contract.yaml", "--actuals", "actuals.yaml", "--period", template.ActualsYear);
            Check(cli, replay, "explain", "contract.yaml", "--actuals", "actuals.yaml", "--period", template.ActualsYear + "-M01", "--party", FirstParty(template));
        }
    }

    private static void Check(CliRunner cli, string replay, params string[] args)
    {
        long allocated = 0;
        CliResult? result = null;
        var run = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            result = cli.Run(args);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }, maxStackSize: 16 * 1024 * 1024);
        run.Start();
        Assert.True(run.Join(Hang), $"{replay}: '{string.Join(' ', args)}' did not finish within {Hang.TotalSeconds} s.");
        Assert.True(result is not null, $"{replay}: '{string.Join(' ', args)}' ended without a result.");
        Assert.True(result!.ExitCode is ExitCodes.Ok or ExitCodes.Findings or ExitCodes.Usage, $"{replay}: '{string.Join(' ', args)}' exited {result.ExitCode}.\n{result.Error}");
        Assert.True(allocated < MostBytesAllocated, $"{replay}: '{string.Join(' ', args)}' allocated {allocated / (1024 * 1024)} MB.");
        if (result.ExitCode == ExitCodes.Findings)
        {
            Assert.True(Located().IsMatch(result.Error + result.Out), $"{replay}: '{string.Join(' ', args)}' exited 1 without naming a location.\n{result.Error}");
        }
    }

    private static string FirstParty(ContractTemplate template)
    {
        var contract = Specs.ContractLoader.Load(template.Yaml, "contract.yaml").Contract!;
        return contract.Parties.First(party => party.IsPayable).Id.Value;
    }

    // Stable across runs and machines (string.GetHashCode is randomised per process).
    private static int Seed(string name, int kind) => name.Aggregate(17 * kind, (hash, character) => unchecked((hash * 31) + character));

    [GeneratedRegex(@"[^\s:]+:\d+:\d+: (error|warning) CL\d{3}")]
    private static partial Regex Located();
}
