using System.CommandLine;
using System.Globalization;
using System.Text;
using CareLedger.Analytics.Risk;

namespace CareLedger.Cli.Commands.Population;

/// <summary>
/// <c>careledger population synthetic -o FILE [--people N] [--seed S]</c>: writes the seeded synthetic linked population
/// as patient-level activity in the generic layout, for 2022/23 and 2023/24, and its price list beside it
/// (<c>FILE</c> without <c>.csv</c>, then <c>.prices.csv</c>), so a workspace's own risk model can be tried without
/// real data: import it, run <c>activity risk</c>, view spend by tier.
/// </summary>
internal sealed class PopulationSyntheticCommand : CliCommand<PopulationSyntheticCommand.Settings>
{
    private readonly Option<string> _output = new("--output", "-o") { Description = "The activity file to write (CSV, the generic layout); its price list is written beside it as NAME.prices.csv.", Required = true, HelpName = "FILE" };

    private readonly Option<int> _people = new("--people") { Description = "How many people to generate (default 300,000).", DefaultValueFactory = _ => 300_000 };

    private readonly Option<int> _seed = new("--seed") { Description = "The generator's seed: the same seed gives the same people.", DefaultValueFactory = _ => 2026 };

    internal sealed record Settings(string Output, int People, int Seed);

    protected override Command Declare() =>
        new("synthetic", "Write the seeded synthetic linked population as two years of patient-level activity (generic layout) and its price list, to try the risk model on a workspace.") { _output, _people, _seed };

    protected override Settings Bind(ParseResult parse) => new(parse.GetRequiredValue(_output), parse.GetValue(_people), parse.GetValue(_seed));

    protected override SettingsCheck Check(Settings settings) =>
        settings.People is < 100 or > 5_000_000 ? SettingsCheck.Fail("--people needs a number from 100 to 5,000,000.")
        : string.IsNullOrWhiteSpace(settings.Output) || !settings.Output.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? SettingsCheck.Fail($"--output '{settings.Output}' needs a file name ending .csv, e.g. '--output linked.csv'.")
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console)
    {
        var shownPrices = settings.Output[..^".csv".Length] + ".prices.csv";
        var population = new SyntheticPopulationGenerator().Generate(settings.People, settings.Seed);
        long records = 0;
        var written = ResultFiles.WriteFile(settings.Output, path =>
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
            records = SyntheticActivityFile.Write(population, file);
        }, console) && ResultFiles.WriteFile(shownPrices, path => File.WriteAllText(path, SyntheticActivityFile.Prices), console);
        if (!written)
        {
            return ExitCodes.Usage;
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{settings.People:#,0} synthetic people (seed {settings.Seed}): {records:#,0} records of activity in 2022/23 and 2023/24. To fit and use the risk model on them:"));
        console.Out.WriteLine($"  careledger activity import {settings.Output} --layout generic --prices {shownPrices}");
        console.Out.WriteLine("  careledger activity risk");
        console.Out.WriteLine("  careledger activity report --by risk-tier");
        return ExitCodes.Ok;
    }
}
