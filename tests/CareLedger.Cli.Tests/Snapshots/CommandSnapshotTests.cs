using CareLedger.Cli.Tests.Support;
using CareLedger.Specs.Templates;

namespace CareLedger.Cli.Tests.Snapshots;

/// <summary>
/// What each command prints as a table, for every template and its example year of actuals, compared with the
/// approved copy (<see cref="Snapshot"/>). Statements are settled for the year the example actuals cover, for its
/// first quarter and for its first month; every party's lines are explained for the year.
/// </summary>
public sealed class CommandSnapshotTests
{
    public static TheoryData<string> Templates() => [.. TemplateCatalog.All.Select(template => template.Name)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Validate_prints_what_it_printed_when_approved(string name)
    {
        using var cli = Prepared(name);
        Snapshot.Matches($"{name}/validate", cli.Run("validate", name + ".yaml"));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Budget_prints_what_it_printed_when_approved(string name)
    {
        using var cli = Prepared(name);
        Snapshot.Matches($"{name}/budget", cli.Run("budget", name + ".yaml"));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Settle_for_the_year_its_first_quarter_and_first_month_prints_what_it_printed_when_approved(string name)
    {
        using var cli = Prepared(name);
        var year = TemplateCatalog.Find(name)!.ActualsYear;
        foreach (var (suffix, period) in new[] { ("year", year), ("q1", year + "-Q1"), ("m01", year + "-M01") })
        {
            Snapshot.Matches($"{name}/settle-{suffix}", cli.Run("settle", name + ".yaml", "--actuals", name + ".actuals.yaml", "--period", period));
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Explain_for_every_party_prints_what_it_printed_when_approved(string name)
    {
        using var cli = Prepared(name);
        var template = TemplateCatalog.Find(name)!;
        var contract = Specs.ContractLoader.Load(template.Yaml, name + ".yaml").Contract!;
        foreach (var party in contract.Parties)
        {
            Snapshot.Matches(
                $"{name}/explain-{party.Id.Value}",
                cli.Run("explain", name + ".yaml", "--actuals", name + ".actuals.yaml", "--period", template.ActualsYear, "--party", party.Id.Value));
        }
    }

    [Fact]
    public void Templates_and_demo_print_what_they_printed_when_approved()
    {
        using var cli = new CliRunner();
        Snapshot.Matches("templates", cli.Run("templates"));
        Snapshot.Matches("demo", cli.Run("demo"));
    }

    private static CliRunner Prepared(string name)
    {
        var cli = new CliRunner();
        Assert.Equal(ExitCodes.Ok, cli.Run("init", name).ExitCode);
        Assert.Equal(ExitCodes.Ok, cli.Run("init", name, "--actuals").ExitCode);
        return cli;
    }
}
