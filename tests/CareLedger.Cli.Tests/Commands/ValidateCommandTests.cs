using System.Text.RegularExpressions;
using CareLedger.Cli.Commands;
using CareLedger.Cli.Tests.Support;
using CareLedger.Specs.Diagnostics;

namespace CareLedger.Cli.Tests.Commands;

public sealed partial class ValidateCommandTests : IDisposable
{
    // A small contract that breaks no rule of docs/contract-spec.md.
    private const string ValidContract = """
        careledger: 1
        contract:
          id: test-msk
          name: Test musculoskeletal prime contract
          model: prime-contractor
          term: { start: 2014-04, years: 2 }
        parties:
          - { id: test-ccg, name: Test CCG, roles: [commissioner] }
          - { id: circle, name: Circle Clinical Services, roles: [prime] }
        service_lines:
          - { id: msk, name: Musculoskeletal services }
        baseline:
          spend:
            - { service_line: msk, provider: circle, amount: £26.5m, basis: block-estimate }
        """;

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"^[^:]+:\d+:\d+: (error|warning) CL\d{3}: \S.*$")]
    private static partial Regex CompilerFormat();

    [GeneratedRegex(@"^\d+ errors?, \d+ warnings? in [^ ]+$")]
    private static partial Regex SummaryFormat();

    [Fact]
    public void A_missing_file_exits_2_with_a_message_naming_it_on_stderr()
    {
        var result = _cli.Run("validate", "no-such-contract.yaml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("'no-such-contract.yaml'", result.Error, StringComparison.Ordinal);
        Assert.Contains(_cli.Directory.File("no-such-contract.yaml"), result.Error, StringComparison.Ordinal);
        Assert.Contains("careledger init", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_not_a_contract_file_and_exits_2()
    {
        Directory.CreateDirectory(_cli.Directory.File("contracts"));

        var result = _cli.Run("validate", "contracts");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("'contracts' is a directory", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "c.yaml: valid")]
    [InlineData(2, 1, "2 errors, 1 warning in c.yaml")]
    [InlineData(1, 0, "1 error, 0 warnings in c.yaml")]
    [InlineData(0, 2, "0 errors, 2 warnings in c.yaml")]
    public void The_summary_line_counts_errors_and_warnings(int errors, int warnings, string expected)
    {
        var location = new SourceLocation("c.yaml", 1, 1, FieldPath.Root);
        var diagnostics = Enumerable.Repeat(new Diagnostic(location, Severity.Error, "CL002", "x"), errors)
            .Concat(Enumerable.Repeat(new Diagnostic(location, Severity.Warning, "CL303", "y"), warnings))
            .ToArray();

        Assert.Equal(expected, ValidateCommand.SummaryLine(diagnostics, "c.yaml"));
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Reader)]
    public void A_valid_contract_exits_0_and_says_so()
    {
        _cli.Directory.Write("contract.yaml", ValidContract);

        var result = _cli.Run("validate", "contract.yaml");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal("contract.yaml: valid", result.OutLines[^1]);
        Assert.Empty(result.Error);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Reader)]
    public void A_misspelt_key_is_reported_where_it_was_written_and_exits_1()
    {
        _cli.Directory.Write("bad.yaml", ValidContract.Replace("  model: prime-contractor", "  modle: prime-contractor", StringComparison.Ordinal));

        var result = _cli.Run("validate", "bad.yaml");

        Assert.True(result.ExitCode == ExitCodes.Findings, result.ToString());
        Assert.Contains(result.OutLines, line => line.StartsWith("bad.yaml:5:3: error CL002: ", StringComparison.Ordinal) && line.Contains("model", StringComparison.Ordinal));
        Assert.Matches(SummaryFormat(), result.OutLines[^1]);
        Assert.EndsWith(" in bad.yaml", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Reader)]
    public void Every_finding_is_one_line_in_the_compiler_format_followed_by_the_summary()
    {
        _cli.Directory.Write("bad.yaml", ValidContract
            .Replace("model: prime-contractor", "model: prime-contracter", StringComparison.Ordinal)
            .Replace("amount: £26.5m", "amount: 12.345", StringComparison.Ordinal));

        var result = _cli.Run("validate", "bad.yaml");

        Assert.True(result.ExitCode == ExitCodes.Findings, result.ToString());
        var lines = result.OutLines;
        Assert.True(lines.Length >= 3, result.ToString());
        Assert.All(lines[..^1], line => Assert.Matches(CompilerFormat(), line));
        Assert.Contains(lines, line => line.Contains(" error CL009: ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains(" error CL006: ", StringComparison.Ordinal));
        Assert.Matches(SummaryFormat(), lines[^1]);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Reader)]
    public void A_YAML_syntax_error_is_a_finding_not_a_crash()
    {
        _cli.Directory.Write("broken.yaml", "careledger: 1\ncontract: [unclosed\n");

        var result = _cli.Run("validate", "broken.yaml");

        Assert.True(result.ExitCode == ExitCodes.Findings, result.ToString());
        Assert.Contains(result.OutLines, line => line.StartsWith("broken.yaml:", StringComparison.Ordinal) && line.Contains(" error CL001: ", StringComparison.Ordinal));
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Reader)]
    public void Verbose_also_says_what_was_read()
    {
        _cli.Directory.Write("contract.yaml", ValidContract);

        var result = _cli.Run("validate", "--verbose", "contract.yaml");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("Contract: test-msk — Test musculoskeletal prime contract", result.Out, StringComparison.Ordinal);
        Assert.Contains("Model: prime-contractor; term: 24 months from 2014-04", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    [Trait(Needs.Trait, Needs.Reader)]
    [Trait(Needs.Trait, Needs.Templates)]
    public void A_contract_written_by_init_validates_without_errors()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "bedfordshire-msk-prime").ExitCode);

        var result = _cli.Run("validate", "bedfordshire-msk-prime.yaml");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
    }

    [Fact]
    public void Verbose_lists_the_sources_the_contract_cites()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "bedfordshire-msk-prime").ExitCode);

        var result = _cli.Run("validate", "--verbose", "bedfordshire-msk-prime.yaml");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains(result.OutLines, line => line.StartsWith("Source: King's Fund 2014", StringComparison.Ordinal));
    }
}
