using CareLedger.Cli.Tests.Support;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Tests.Commands;

[Trait(Needs.Trait, Needs.Templates)]
public sealed class TemplatesCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Templates_lists_every_template_with_its_title_and_summary()
    {
        var result = _cli.Run("templates");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Empty(result.Error);
        var table = result.Out.Split("\n\n")[0].Split('\n');
        Assert.Matches(@"^NAME +TITLE +SUMMARY$", table[0]);
        Assert.Matches(@"^-+  -+  -+$", table[1]);
        var rows = PrintedTable.Rows(table);
        Assert.Equal(
            TemplateCatalog.All.Select(template => new[] { template.Name, template.Title, template.Summary }),
            rows);
    }

    [Fact]
    public void Templates_fit_a_terminal_120_characters_wide()
    {
        var result = _cli.Run("templates");

        Assert.All(result.OutLines, line => Assert.True(line.Length <= 120, $"{line.Length} characters: {line}"));
    }

    [Fact]
    public void Templates_says_how_to_use_one()
    {
        var result = _cli.Run("templates");

        Assert.Contains("careledger init NAME", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_writes_no_escape_codes_when_output_is_not_a_terminal() =>
        Assert.DoesNotContain('\u001b', _cli.Run("templates").Out);
}
