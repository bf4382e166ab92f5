using CareLedger.Cli.Output;
using CareLedger.Cli.Tests.Support;

namespace CareLedger.Cli.Tests.Commands;

/// <summary>
/// Text from input files and the command line that a terminal would obey (colour codes, a window-title sequence, a
/// bell, a C1 control, a bidirectional override) never reaches the terminal as such, whatever prints it: tables,
/// explanations, findings, problems, statement files. The contract's names are hostile; whether they are accepted
/// or reported as errors, nothing printed may hold one of those characters raw.
/// </summary>
public sealed class HostileTextTests : IDisposable
{
    // YAML double-quoted escapes: \e is ESC, \a BEL, \x9b the C1 control CSI, \x7f DEL.
    private const string Contract = """
        careledger: 1
        contract:
          id: hostile
          name: "Hostile \e]0;owned\a contract"
          model: alliance
          term: { start: 2016-04, years: 1 }
        parties:
          - { id: ccg, name: "The \e[31mCCG\e[0m", roles: [commissioner] }
          - { id: provider, name: "Provider \u202eLTR\u202c \x9b2J", roles: [provider] }
        service_lines:
          - { id: line, name: "Line \a\x7f" }
        baseline:
          spend:
            - { service_line: line, provider: provider, amount: £1200000.00, basis: block-estimate }
        payment:
          fixed: { instalments: monthly }
        """;

    private const string Actuals = """
        careledger_actuals: 1
        contract: hostile
        """;

    private readonly CliRunner _cli = new();

    public HostileTextTests()
    {
        _cli.Directory.Write("hostile.yaml", Contract);
        _cli.Directory.Write("hostile.actuals.yaml", Actuals);
    }

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string[]> Commands() =>
    [
        ["validate", "hostile.yaml"],
        ["validate", "hostile.yaml", "--verbose"],
        ["validate", "hostile.yaml", "--format", "csv"],
        ["budget", "hostile.yaml"],
        ["budget", "hostile.yaml", "--format", "csv"],
        ["budget", "hostile.yaml", "--format", "json"],
        ["settle", "hostile.yaml", "--actuals", "hostile.actuals.yaml", "--period", "2016/17-M01"],
        ["settle", "hostile.yaml", "--actuals", "hostile.actuals.yaml", "--period", "2016/17-M01", "--format", "csv"],
        ["explain", "hostile.yaml", "--actuals", "hostile.actuals.yaml", "--period", "2016/17-M01", "--party", "provider"],
        ["explain", "hostile.yaml", "--actuals", "hostile.actuals.yaml", "--period", "2016/17-M01", "--party", "provider", "--format", "csv"],
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Names_that_hold_escape_sequences_never_reach_the_terminal_raw(string[] args)
    {
        var result = _cli.Run(args);

        Assert.True(result.ExitCode is ExitCodes.Ok or ExitCodes.Findings, result.ToString());
        AssertNothingRaw(result);
    }

    [Fact]
    public void Statement_files_are_guarded_like_the_console()
    {
        var result = _cli.Run("settle", "hostile.yaml", "--actuals", "hostile.actuals.yaml", "--period", "2016/17-M01", "-o", "statements");

        AssertNothingRaw(result);
        if (Directory.Exists(_cli.Directory.File("statements")))
        {
            Assert.All(
                Directory.GetFiles(_cli.Directory.File("statements")),
                file => Assert.Empty(RawControls(File.ReadAllText(file))));
        }
    }

    [Fact]
    public void Even_with_colour_on_the_only_escape_sequences_are_careledger_s_own()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };

        CliApplication.Run(["budget", "hostile.yaml"], new CliConsole(output, error, _cli.Directory.Path, UseColour: true));

        var printed = output + error.ToString();
        var withoutBoldHeaders = printed.Replace("\u001b[1m", string.Empty, StringComparison.Ordinal).Replace("\u001b[0m", string.Empty, StringComparison.Ordinal);
        Assert.Empty(RawControls(withoutBoldHeaders));
    }

    [Theory]
    [InlineData("init", "evil\u001b]0;owned\u0007")]
    [InlineData("\u001b[2Jvalidate", "x.yaml")]
    [InlineData("validate", "\u202eelif.yaml")]
    public void Text_typed_on_the_command_line_is_echoed_in_problems_as_visible_escapes(string first, string second)
    {
        var result = _cli.Run(first, second);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        AssertNothingRaw(result);
        Assert.Matches(@"\\u(001b|202e)", result.Error);
    }

    [Fact]
    public void A_year_asked_for_with_hostile_text_is_reported_escaped()
    {
        Assert.Equal(ExitCodes.Ok, _cli.Run("init", "bedfordshire-msk-prime").ExitCode);

        var result = _cli.Run("budget", "bedfordshire-msk-prime.yaml", "--year", "\u001b[2J2016/17");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        AssertNothingRaw(result);
        Assert.Contains("\\u001b[2J", result.Error, StringComparison.Ordinal);
    }

    private static void AssertNothingRaw(CliResult result)
    {
        Assert.Empty(RawControls(result.Out));
        Assert.Empty(RawControls(result.Error));
    }

    /// <summary>Unsafe characters other than layout: line feeds, tabs and the CR of a CRLF (CSV record ends).</summary>
    private static char[] RawControls(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Where(character => TerminalText.IsUnsafe(character) && character is not ('\n' or '\t')).ToArray();
}
