using System.Globalization;
using CareLedger.Simulation;
using CareLedger.Simulation.Comparison;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Cli.Output.Comparison;

/// <summary>
/// A comparison as readable tables: each model's parties over the term (expected income, its P10–P90, surplus and
/// chance of a deficit where the scenario gives a cost, and the risk each carries), then every party's expected income
/// under each model side by side.
/// </summary>
internal static class ComparisonRenderer
{
    public static void Write(ComparisonResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine(Text($"Contract models compared under '{result.Scenario}': {result.Runs:#,0} runs each, seed {result.Seed}, every model drawing the same runs ({result.Currency} over the term; ± is the Monte Carlo standard error)."));
        foreach (var model in result.Models)
        {
            output.WriteLine();
            output.WriteLine(model.Basis == PaymentBasis.ActivityTariff
                ? Text($"{model.Label}: each provider paid its activity at its unit price, priced from the cells of {result.Models[0].Label}")
                : Text($"{model.Label} ({model.Model}, contract {model.Contract})"));
            output.WriteLine(Text($"  {"party",-28} {"expected income",30} {"P10 to P90",28} {"expected surplus",30} {"P(deficit)",20} {"risk carried",24}"));
            foreach (var party in model.Parties)
            {
                var range = Text($"{party.Income.P10.Value:#,0} to {party.Income.P90.Value:#,0}");
                var surplus = party.Surplus is { } figure ? Pounds(figure.Mean) : "—";
                var deficit = party.Deficit is { } chance ? Text($"{chance.Value:P2} ± {chance.StandardError:P2}") : "—";
                var carried = Text($"{party.Spread:#,0} ({party.RiskShare:P1})");
                output.WriteLine(Text($"  {Shorten(party.Name, 28),-28} {Pounds(party.Income.Mean),30} {range,28} {surplus,30} {deficit,20} {carried,24}"));
            }
        }

        output.WriteLine();
        output.WriteLine("Expected income over the term, side by side (a payer's is negative):");
        var parties = result.Models.SelectMany(model => model.Parties).Select(party => (party.Party, party.Name)).Distinct().ToArray();
        output.WriteLine(Text($"  {"party",-28}") + string.Concat(result.Models.Select(model => Text($" {Shorten(model.Label, 24),24}"))));
        foreach (var (id, name) in parties)
        {
            var cells = result.Models.Select(model => model.Parties.FirstOrDefault(party => party.Party == id) is { } party ? Text($"{party.Income.Mean.Value:#,0}") : "not a party");
            output.WriteLine(Text($"  {Shorten(name, 28),-28}") + string.Concat(cells.Select(cell => Text($" {cell,24}"))));
        }

        output.WriteLine();
        output.WriteLine("Risk carried is the spread of a party's term position (its surplus where the scenario gives it a cost, else its income) from P10 to P90, and its share of every party's spread under the model.");
    }

    private static string Pounds(Estimate estimate) => Text($"{estimate.Value:#,0.00} ± {estimate.StandardError ?? 0:#,0.00}");

    private static string Shorten(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
