using System.CommandLine;
using System.Globalization;
using CareLedger.Analytics.Capitation;
using CareLedger.Domain;

namespace CareLedger.Cli.Commands.Population;

/// <summary>
/// The options every <c>population</c> command shares: the weighted-population file, the place (exactly one of
/// <c>--icb</c>, <c>--lad</c>, <c>--pcn</c>, <c>--practices</c>), the component, and the budgets. Loading the file
/// prints its problems and warnings, so each command only says what to do with the place.
/// </summary>
internal sealed class PlaceOptions
{
    public Option<string> Weights { get; } = new("--weights") { Description = "NHS England's GP practice weighted-population CSV file.", HelpName = "FILE", Required = true };

    public Option<string?> Icb { get; } = new("--icb") { Description = "The place is every practice of this ICB (its code, e.g. QK1), or of these ICBs, comma-separated.", HelpName = "CODE" };

    public Option<string?> Lad { get; } = new("--lad") { Description = "The place is every practice in this local authority district (e.g. E06000017), or these, comma-separated.", HelpName = "CODE" };

    public Option<string?> Pcn { get; } = new("--pcn") { Description = "The place is every practice of this primary care network (e.g. U12345), or these, comma-separated.", HelpName = "CODE" };

    public Option<string?> Practices { get; } = new("--practices") { Description = "The place is these practices, comma-separated ODS codes (e.g. C82010,C82044).", HelpName = "CODES" };

    public Option<string> Component { get; } = new("--component")
    {
        Description = "The weighting for the need index shown first and for fair shares: " + string.Join(", ", CapitationComponent.All.Select(component => component.Id)) + ".",
        HelpName = "NAME",
        DefaultValueFactory = _ => CapitationComponent.Core.Id,
    };

    public Option<decimal?> IcbBudget { get; } = new("--icb-budget") { Description = "The ICB's budget in pounds, e.g. 2400000000.00: the place's fair share of it is shown.", HelpName = "POUNDS" };

    public Option<decimal?> CurrentBudget { get; } = new("--current-budget") { Description = "The place's current budget in pounds: its distance from the fair-share target is shown. Needs --icb-budget.", HelpName = "POUNDS" };

    public IEnumerable<Option> All => [Weights, Icb, Lad, Pcn, Practices, Component, IcbBudget, CurrentBudget];

    public PlaceSettings Bind(ParseResult parse) =>
        new(parse.GetRequiredValue(Weights), parse.GetValue(Icb), parse.GetValue(Lad), parse.GetValue(Pcn), parse.GetValue(Practices),
            parse.GetRequiredValue(Component), parse.GetValue(IcbBudget), parse.GetValue(CurrentBudget));

    /// <summary>The first usage mistake in the settings, or null.</summary>
    public static string? Problem(PlaceSettings settings) =>
        new[] { settings.Icb, settings.Lad, settings.Pcn, settings.Practices }.Count(code => !string.IsNullOrWhiteSpace(code)) != 1
            ? "say which place: exactly one of --icb CODE, --lad CODE, --pcn CODE or --practices CODE,CODE."
        : CapitationComponent.Find(settings.Component) is null
            ? $"--component '{settings.Component}' is not a component; use {string.Join(", ", CapitationComponent.All.Select(component => component.Id))}."
        : settings.IcbBudget is { } budget && (budget <= 0m || !Money.Gbp(budget).IsWholeMinorUnits || budget > 1_000_000_000_000m)
            ? $"--icb-budget {budget.ToString(CultureInfo.InvariantCulture)} needs an amount in pounds above zero, at most £1 trillion, with at most two decimal places."
        : settings.CurrentBudget is { } current && (current < 0m || !Money.Gbp(current).IsWholeMinorUnits || current > 1_000_000_000_000m)
            ? $"--current-budget {current.ToString(CultureInfo.InvariantCulture)} needs an amount in pounds, zero or more, at most £1 trillion, with at most two decimal places."
        : settings.CurrentBudget is not null && settings.IcbBudget is null
            ? "--current-budget needs --icb-budget: the distance from target is measured against the place's fair share of the ICB's budget."
        : null;

    /// <summary>Loads the file and works out the place; prints every problem and warning. Null after a problem, with the exit code to return.</summary>
    public static (PlaceCapitation? Result, int ExitCode) Analyse(PlaceSettings settings, CliConsole console)
    {
        var path = console.Resolve(settings.Weights);
        WeightedPopulationLoad load;
        try
        {
            using var reader = File.OpenText(path);
            load = new WeightedPopulationLoader().Load(reader, settings.Weights);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            console.WriteProblem($"cannot read {settings.Weights}: {failure.Message}");
            return (null, ExitCodes.Usage);
        }

        if (load.File is not { } file)
        {
            foreach (var problem in load.Problems)
            {
                console.Error.WriteLine(problem.ToString());
            }

            console.Error.WriteLine($"{load.Problems.Count} problem{(load.Problems.Count == 1 ? string.Empty : "s")}: {settings.Weights} was not used.");
            return (null, ExitCodes.Findings);
        }

        foreach (var warning in file.Warnings)
        {
            console.Error.WriteLine("careledger: warning: " + warning);
        }

        var outcome = new CapitationService().Analyse(file, settings.Place(), settings.Request());
        if (outcome.Result is null)
        {
            console.WriteProblem(outcome.Problem!);
            return (null, ExitCodes.Findings);
        }

        return (outcome.Result, ExitCodes.Ok);
    }
}
