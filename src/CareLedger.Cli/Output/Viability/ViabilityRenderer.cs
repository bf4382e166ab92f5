using System.Globalization;
using CareLedger.Simulation.Summaries;
using CareLedger.Simulation.Viability;

namespace CareLedger.Cli.Output.Viability;

/// <summary>A viability assessment as a readable table: the bidder's position year by year and over the term, the worst year, and the sustainable values.</summary>
internal static class ViabilityRenderer
{
    public static void Write(ViabilityResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine(Text($"Viability of {result.BidderName} ({result.Bidder}) in {result.Contract} under '{result.Scenario}': {result.Runs:#,0} runs a simulation, seed {result.Seed}, {result.Simulations} simulations ({result.Currency}; ± is the Monte Carlo standard error)"));
        output.WriteLine(Text($"Contract value modelled {AmountText.Display(result.ModelledValue)} (the contract's own: {AmountText.Display(result.PublishedValue)})."));
        if (!result.Term.Unfunded.IsZero)
        {
            output.WriteLine(Text($"Unfunded costs the contract names (VAT it does not fund), counted against the bidder: {AmountText.Display(result.Term.Unfunded)} over the term."));
        }

        output.WriteLine();
        output.WriteLine(Text($"  {"year",-8} {"unfunded",16} {"mean surplus",30} {"P5 surplus",18} {"P50 surplus",18} {"P95 surplus",18} {"P(deficit)",20} {"expected shortfall",30}"));
        foreach (var year in result.Years.Append(result.Term))
        {
            output.WriteLine(Text($"  {year.Year,-8} {AmountText.Display(year.Unfunded),16} {Pounds(year.MeanSurplus),30} {year.P5Surplus.Value,18:#,0.00} {year.P50Surplus.Value,18:#,0.00} {year.P95Surplus.Value,18:#,0.00} {Chance(year.Deficit),20} {Pounds(year.ExpectedShortfall),30}"));
        }

        var worst = result.Years.First(year => year.Year == result.WorstYear);
        output.WriteLine();
        output.WriteLine(Text($"Worst year: {worst.Year}, a deficit in {worst.Deficit.Value:P2} of runs, {worst.ExpectedShortfall.Value:#,0.00} short on average."));
        output.WriteLine();
        output.WriteLine("Contract value at which the bidder ends the term in surplus with each probability:");
        foreach (var level in result.Sustainable)
        {
            if (level.Value is not { } value)
            {
                output.WriteLine(Text($"  {level.Level,4:P0}  not reached: in too many runs the bidder's surplus does not rise with the contract value."));
                continue;
            }

            output.WriteLine(Text($"  {level.Level,4:P0}  {Pounds(value),32}  bid discount {level.Discount,8:P2} ± {level.DiscountStandardError ?? 0:P2} on the contract's own value  (measured at that value: {Chance(level.Achieved!)} in surplus)"));
        }

        output.WriteLine();
        output.WriteLine("Contract values the search simulated, and the share of runs in surplus over the term at each:");
        foreach (var searched in result.Searched)
        {
            var bid = searched.Value == result.ModelledValue ? "  (the value modelled)" : string.Empty;
            output.WriteLine(Text($"  {AmountText.Display(searched.Value),20}  {Chance(searched.Surplus),20}{bid}"));
        }
    }

    private static string Pounds(Estimate estimate) =>
        Text($"{estimate.Value:#,0.00} ± {estimate.StandardError ?? 0:#,0.00}");

    private static string Chance(Probability probability) => Text($"{probability.Value:P2} ± {probability.StandardError:P2}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
