using System.Text.RegularExpressions;
using CareLedger.Cli.Tests.Support;
using CareLedger.Domain.Contracts;
using CareLedger.Specs;
using CareLedger.Specs.Actuals;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Tests.Documentation;

/// <summary>
/// Every complete example in the documentation is valid: each <c>```yaml</c> block under <c>docs/</c> that is a whole
/// contract (it starts a line with <c>careledger:</c>) validates without an error, and each whole actuals file (a
/// line starting <c>careledger_actuals:</c>) loads without an error against the contract it names, found among the
/// documented contracts and the templates. Fragments that show one section are left alone.
/// </summary>
public sealed partial class DocumentedExamplesTests
{
    public static TheoryData<string> Contracts() => [.. Examples().Where(example => example.Kind == "contract").Select(example => example.Name)];

    public static TheoryData<string> ActualsFiles() => [.. Examples().Where(example => example.Kind == "actuals").Select(example => example.Name)];

    [Fact]
    public void The_documentation_holds_a_complete_contract_and_a_complete_actuals_example()
    {
        Assert.Contains(Examples(), example => example.Kind == "contract" && example.Name.StartsWith("contract-spec.md", StringComparison.Ordinal));
        Assert.Contains(Examples(), example => example.Kind == "actuals" && example.Name.StartsWith("actuals-spec.md", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Every_documented_contract_validates_without_an_error(string name)
    {
        var example = Examples().Single(candidate => candidate.Name == name);

        var loaded = ContractLoader.Load(example.Text, example.File);

        Assert.True(loaded.Contract is not null && !loaded.HasErrors, string.Join(Environment.NewLine, loaded.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(ActualsFiles))]
    public void Every_documented_actuals_file_loads_without_an_error_against_the_contract_it_names(string name)
    {
        var example = Examples().Single(candidate => candidate.Name == name);
        var id = ContractId().Match(example.Text) is { Success: true } match ? match.Groups["id"].Value : null;
        var contract = KnownContracts().FirstOrDefault(candidate => candidate.Id.Value == id);
        Assert.True(contract is not null, $"{name} names contract '{id}', which no documented contract or template has.");

        var loaded = ActualsLoader.Load(contract, example.Text, example.File);

        Assert.True(loaded.Actuals is not null, string.Join(Environment.NewLine, loaded.Diagnostics));
    }

    /// <summary>
    /// Every whole contract or actuals file in a <c>```yaml</c> block, named by its file and the line it starts on.
    /// Its text starts on that line (blank lines stand for the document above it), so a finding names the line of
    /// the documentation to correct.
    /// </summary>
    private static List<(string Name, string File, string Kind, string Text)> Examples()
    {
        var docs = Path.Combine(RepositoryRoot.Path, "docs");
        var examples = new List<(string Name, string File, string Kind, string Text)>();
        foreach (var file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            foreach (Match block in YamlBlock().Matches(text))
            {
                var body = block.Groups["body"].Value;
                var kind = ContractStart().IsMatch(body) ? "contract" : ActualsStart().IsMatch(body) ? "actuals" : null;
                if (kind is not null)
                {
                    var line = text[..block.Groups["body"].Index].Count(c => c == '\n') + 1;
                    var relative = Path.GetRelativePath(docs, file);
                    examples.Add(($"{relative}:{line}", "docs/" + relative, kind, new string('\n', line - 1) + body));
                }
            }
        }

        return examples;
    }

    private static IEnumerable<Contract> KnownContracts() =>
        Examples().Where(example => example.Kind == "contract")
            .Select(example => ContractLoader.Load(example.Text, example.File).Contract)
            .Concat(TemplateCatalog.All.Select(template => ContractLoader.Load(template.Yaml, template.Name + ".yaml").Contract))
            .OfType<Contract>();

    [GeneratedRegex(@"^```yaml\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"^careledger:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ContractStart();

    [GeneratedRegex(@"^careledger_actuals:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ActualsStart();

    [GeneratedRegex(@"^contract:\s*(?<id>[a-z0-9-]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ContractId();
}
