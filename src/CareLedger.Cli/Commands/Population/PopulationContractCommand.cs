using System.CommandLine;
using CareLedger.Analytics.Capitation;
using CareLedger.Analytics.RiskTiers;
using CareLedger.Cli.Commands.Activity;
using CareLedger.Domain;
using CareLedger.Domain.Parties;
using CareLedger.Domain.Scope;

namespace CareLedger.Cli.Commands.Population;

/// <summary>
/// <c>careledger population contract --weights FILE (--icb|--lad|--pcn CODE | --practices CODES) --as-of YYYY-MM
/// [--growth RATE] [--component NAME] [--icb-budget POUNDS [--current-budget POUNDS]] [--risk-cohorts WORKSPACE
/// [--data-folder DIR]] [--baseline-service-line ID --baseline-provider ID] [-o FILE]</c>: the contract's <c>population</c>
/// section for the place, with comments naming every practice behind it; with <c>--risk-cohorts</c> the workspace's risk
/// tiers among the place's patients as its cohorts; with the baseline options, the fair share as its <c>baseline</c>.
/// </summary>
internal sealed partial class PopulationContractCommand : CliCommand<PopulationContractCommand.Settings>
{
    private readonly PlaceOptions _place = new();

    private readonly Option<string> _asOf = new("--as-of") { Description = "The month the population is counted at, e.g. 2025-04 for the 2025/26 file.", HelpName = "YYYY-MM", Required = true };

    private readonly Option<string?> _growth = new("--growth") { Description = "The population's yearly growth projection to write, e.g. 0.8% (the file is one year's snapshot).", HelpName = "RATE" };

    private readonly Option<string?> _riskCohorts = new("--risk-cohorts")
    {
        Description = "Also write cohorts: the top 1%, 2% and 5% by risk that 'activity risk' assigned in this activity workspace, counted among the place's practices' patients.",
        HelpName = "WORKSPACE",
    };

    private readonly WorkspaceOption _workspace = new();

    private readonly Option<string?> _baselineLine = new("--baseline-service-line")
    {
        Description = "Also write the place's fair share of --icb-budget as the contract's baseline, on this service line (a contract id).",
        HelpName = "ID",
    };

    private readonly Option<string?> _baselineProvider = new("--baseline-provider") { Description = "The provider (a contract party id) the baseline's fair share is for.", HelpName = "ID" };

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the section to this file instead of printing it.", HelpName = "FILE" };

    internal sealed record Settings(PlaceSettings Place, string AsOf, string? Growth, string? Output, string? RiskCohorts = null, string? DataFolder = null,
        string? BaselineServiceLine = null, string? BaselineProvider = null)
    {
        public CapitationBaseline? Baseline => BaselineServiceLine is { } line && BaselineProvider is { } provider ? new CapitationBaseline(line.Trim(), provider.Trim()) : null;
    }

    protected override Command Declare()
    {
        var command = new Command("contract", "Write a contract's population section (size, weighted size, need index, fair share; risk cohorts; a weighted-capitation baseline) from a place, naming its practices.");
        foreach (var option in _place.All)
        {
            command.Options.Add(option);
        }

        command.Options.Add(_asOf);
        command.Options.Add(_growth);
        command.Options.Add(_riskCohorts);
        command.Options.Add(_workspace.DataFolderOption);
        command.Options.Add(_baselineLine);
        command.Options.Add(_baselineProvider);
        command.Options.Add(_output);
        return command;
    }

    protected override Settings Bind(ParseResult parse) =>
        new(_place.Bind(parse), parse.GetRequiredValue(_asOf).Trim(), parse.GetValue(_growth), parse.GetValue(_output), parse.GetValue(_riskCohorts), parse.GetValue(_workspace.DataFolderOption),
            parse.GetValue(_baselineLine), parse.GetValue(_baselineProvider));

    protected override SettingsCheck Check(Settings settings) =>
        PlaceOptions.Problem(settings.Place) is { } problem ? SettingsCheck.Fail(problem)
        : !Month().IsMatch(settings.AsOf) ? SettingsCheck.Fail($"--as-of '{settings.AsOf}' needs a month written YYYY-MM, e.g. 2025-04.")
        : settings.Growth is { } growth && !Percentage.TryParse(growth, out _) ? SettingsCheck.Fail($"--growth '{growth}' needs a percentage such as 0.8%.")
        : settings.RiskCohorts is { } workspace && WorkspaceOption.Problem(workspace) is { } named ? SettingsCheck.Fail(named.Replace("--workspace", "--risk-cohorts", StringComparison.Ordinal))
        : BaselineProblem(settings) is { } baseline ? SettingsCheck.Fail(baseline)
        : SettingsCheck.Ok;

    protected override int Execute(Settings settings, CliConsole console)
    {
        var (result, exitCode) = PlaceOptions.Analyse(settings.Place, console);
        if (result is null)
        {
            return exitCode;
        }

        Percentage? growth = settings.Growth is { } rate ? Percentage.Parse(rate) : null;
        if (settings.RiskCohorts is not { } workspace)
        {
            return OutputText.Write(PopulationSectionYaml.Write(result, settings.Place.ChosenComponent, settings.AsOf, growth, baseline: settings.Baseline), settings.Output, console) ?? ExitCodes.Ok;
        }

        return WorkspaceOption.With((workspace, settings.DataFolder), console, mustExist: true, store =>
        {
            var (cohorts, problem) = RiskCohorts.Among(store, result.Practices.Select(practice => practice.Code).ToHashSet(StringComparer.OrdinalIgnoreCase));
            if (cohorts is null)
            {
                console.WriteProblem(problem!);
                return ExitCodes.Findings;
            }

            return OutputText.Write(PopulationSectionYaml.Write(result, settings.Place.ChosenComponent, settings.AsOf, growth, cohorts, settings.Baseline), settings.Output, console) ?? ExitCodes.Ok;
        });
    }

    private static string? BaselineProblem(Settings settings) =>
        (settings.BaselineServiceLine, settings.BaselineProvider) switch
        {
            (null, null) => null,
            (null, _) or (_, null) => "--baseline-service-line and --baseline-provider go together: the baseline's one entry needs both.",
            _ when settings.Place.IcbBudget is null => "--baseline-service-line needs --icb-budget: the baseline is the place's fair share of the ICB's budget.",
            ({ } line, _) when !Id<ServiceLine>.IsWellFormed(line.Trim()) => $"--baseline-service-line '{line}' is not a contract id: use lower-case letters, digits and hyphens, as the contract's service_lines name it.",
            (_, { } provider) when !Id<Party>.IsWellFormed(provider.Trim()) => $"--baseline-provider '{provider}' is not a contract id: use lower-case letters, digits and hyphens, as the contract's parties name it.",
            _ => null,
        };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial System.Text.RegularExpressions.Regex Month();
}
