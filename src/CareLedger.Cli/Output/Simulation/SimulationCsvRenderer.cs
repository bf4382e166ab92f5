using System.Globalization;
using CareLedger.Application.Csv;
using CareLedger.Simulation.Results;
using CareLedger.Simulation.Summaries;

namespace CareLedger.Cli.Output.Simulation;

/// <summary>
/// A simulation for spreadsheets: one estimate per row. Columns: party, name, year (a contract year or <c>term</c>),
/// figure (<c>income</c>, <c>surplus</c>, <c>outcome-paid</c>; or an event: <c>deficit</c>, <c>outcome-earned</c>,
/// <c>savings-shared</c>, <c>corridor-moved</c>, <c>cap-or-collar-reached</c>), statistic (<c>mean</c>, <c>sd</c>,
/// <c>p5</c> … <c>p95</c>, <c>min</c>, <c>max</c>; <c>probability</c> for an event), value, standard_error (empty
/// where there is none). Money figures are pounds to the penny; probabilities are fractions (0.6915), not
/// percentages, so a spreadsheet can compute with them. Runs and seed are on every row so a pasted block says where it
/// came from.
/// </summary>
internal static class SimulationCsvRenderer
{
    public static void Write(SimulationResult result, TextWriter output)
    {
        var csv = new CsvWriter(output);
        foreach (var row in Rows(result))
        {
            csv.WriteRow(row);
        }
    }

    /// <summary>The table's rows, the header first: the CSV's and the workbook's (<see cref="SimulationWorkbook"/>).</summary>
    public static IReadOnlyList<string?[]> Rows(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<string?[]>();
        var runs = result.Runs.ToString(CultureInfo.InvariantCulture);
        var seed = result.Seed.ToString(CultureInfo.InvariantCulture);
        rows.Add(["party", "name", "year", "figure", "statistic", "value", "standard_error", "runs", "seed"]);
        foreach (var party in result.Parties)
        {
            foreach (var year in party.Years.Append(party.Term))
            {
                void Row(string figure, string statistic, string value, string? error) =>
                    rows.Add([party.Party, party.Name, year.Year, figure, statistic, value, error, runs, seed]);

                void Money(string figure, MoneySummary? summary)
                {
                    if (summary is null)
                    {
                        return;
                    }

                    void Estimate(string statistic, Estimate estimate) => Row(figure, statistic, Pounds(estimate.Value), estimate.StandardError is { } se ? Pounds(se) : null);
                    Estimate("mean", summary.Mean);
                    Estimate("sd", summary.StandardDeviation);
                    Estimate("p5", summary.P5);
                    Estimate("p10", summary.P10);
                    Estimate("p50", summary.P50);
                    Estimate("p90", summary.P90);
                    Estimate("p95", summary.P95);
                    Row(figure, "min", Pounds(summary.Min), null);
                    Row(figure, "max", Pounds(summary.Max), null);
                }

                void Chance(string figure, Probability? probability)
                {
                    if (probability is not null)
                    {
                        Row(figure, "probability", Fraction(probability.Value), Fraction(probability.StandardError));
                    }
                }

                Money("income", year.Income);
                Money("surplus", year.Surplus);
                Money("outcome-paid", year.OutcomePaid);
                Chance("deficit", year.Deficit);
                Chance("outcome-earned", year.OutcomeEarned);
                Chance("savings-shared", year.SavingsShared);
                Chance("corridor-moved", year.CorridorMoved);
                Chance("cap-or-collar-reached", year.CapOrCollarReached);
            }
        }

        return rows;
    }

    // Estimates are statistics of exact amounts, not payments: shown to the penny, rounded only to be shown.
    private static string Pounds(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);

    private static string Fraction(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
