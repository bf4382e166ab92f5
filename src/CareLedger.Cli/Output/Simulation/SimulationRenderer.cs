using System.Globalization;
using CareLedger.Simulation.Results;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Cli.Output.Simulation;

/// <summary>A simulation as a readable table: per party and year, the mean income and surplus with their standard errors, P5–P95 and the probabilities.</summary>
internal static class SimulationRenderer
{
    public static void Write(SimulationResult result, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Simulation of {result.Contract} under '{result.Scenario}': {result.Runs:#,0} runs, seed {result.Seed} ({result.Currency}; ± is the Monte Carlo standard error)"));
        foreach (var party in result.Parties)
        {
            output.WriteLine();
            output.WriteLine(party.Name);
            foreach (var year in party.Years.Append(party.Term))
            {
                Line(output, year.Year, "income", year.Income);
                if (year.Surplus is { } surplus)
                {
                    Line(output, year.Year, "surplus", surplus);
                }

                Chance(output, year.Year, "P(deficit)", year.Deficit);
                Chance(output, year.Year, "P(outcome earned in full)", year.OutcomeEarned);
                Chance(output, year.Year, "P(shared savings paid)", year.SavingsShared);
                Chance(output, year.Year, "P(corridor moves money)", year.CorridorMoved);
            }
        }
    }

    private static void Line(TextWriter output, string year, string what, MoneySummary summary) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {year,-8} {what,-8} mean {summary.Mean.Value,16:#,0.00} ± {summary.Mean.StandardError ?? 0,-12:#,0.00} sd {summary.StandardDeviation.Value,14:#,0.00}  P5 {summary.P5.Value,16:#,0.00}  P50 {summary.P50.Value,16:#,0.00}  P95 {summary.P95.Value,16:#,0.00}"));

    private static void Chance(TextWriter output, string year, string what, Probability? probability)
    {
        if (probability is not null)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {year,-8} {what,-27} {probability.Value,8:P2} ± {probability.StandardError:P2}"));
        }
    }
}
