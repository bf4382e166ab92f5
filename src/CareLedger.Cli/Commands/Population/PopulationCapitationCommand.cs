using System.CommandLine;
using CareLedger.Cli.Output;
using CareLedger.Cli.Output.Population;

namespace CareLedger.Cli.Commands.Population;

/// <summary>
/// <c>careledger population capitation --weights FILE (--icb|--lad|--pcn CODE | --practices CODES) [--component NAME]
/// [--icb-budget POUNDS [--current-budget POUNDS]] [--format table|json|csv] [--xlsx FILE] [--chart FILE.png|FILE.svg]
/// [--by-practice]</c>: a place's registered and weighted populations per component, its need index against its ICB
/// and England, and its fair share of the ICB's budget.
/// </summary>
internal sealed class PopulationCapitationCommand : CliCommand<PopulationCapitationCommand.Settings>
{
    private readonly PlaceOptions _place = new();

    private readonly OutputFormatOption _format = new();

    private readonly Option<bool> _byPractice = new("--by-practice") { Description = "List the place's practices (row of the file, registered and weighted heads, fair share) instead of the components." };

    private readonly Option<string?> _xlsx = new("--xlsx") { Description = "Also write the components, practices and how the figures were made as an Excel workbook.", HelpName = "FILE" };

    private readonly Option<string?> _chart = new("--chart") { Description = "Also draw the need index per component against the ICB and England, PNG or SVG by the file's extension.", HelpName = "FILE.png|FILE.svg" };

    internal sealed record Settings(PlaceSettings Place, OutputFormat Format, bool ByPractice, string? Xlsx, string? Chart);

    protected override Command Declare()
    {
        var command = new Command("capitation", "A place's registered and weighted populations, need index against its ICB and England, and fair share of a budget.");
        foreach (var option in _place.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(_format.Option);
        command.Options.Add(_byPractice);
        command.Options.Add(_xlsx);
        command.Options.Add(_chart);
        return command;
    }

    protected override Settings Bind(ParseResult parse) =>
        new(_place.Bind(parse), _format.GetValue(parse), parse.GetValue(_byPractice), parse.GetValue(_xlsx), parse.GetValue(_chart));

    protected override SettingsCheck Check(Settings settings) =>
        PlaceOptions.Problem(settings.Place) is { } problem ? SettingsCheck.Fail(problem)
        : settings.Chart is { } chart && !NeedIndexChart.IsChartFile(chart) ? SettingsCheck.Fail($"--chart '{chart}' needs a file ending .png or .svg.")
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (result, exitCode) = PlaceOptions.Analyse(settings.Place, console);
        if (result is null)
        {
            return exitCode;
        }

        CapitationRenderer.Write(result, settings.Place.ChosenComponent, settings.Format, settings.ByPractice, console.Out);
        var written = (settings.Xlsx is null || ResultFiles.WriteWorkbook(settings.Xlsx, () => CapitationWorkbook.Write(result, settings.Place.ChosenComponent), console))
            && (settings.Chart is null || ResultFiles.WriteFile(settings.Chart, path => NeedIndexChart.Save(result, path), console));
        return written ? ExitCodes.Ok : ExitCodes.Usage;
    }
}
