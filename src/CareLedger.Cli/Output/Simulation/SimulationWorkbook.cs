using System.Globalization;
using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Simulation.Results;

namespace CareLedger.Cli.Output.Simulation;

/// <summary>
/// A simulation as an Excel workbook: sheet <c>simulation</c> holds exactly the CSV's table (one estimate per row,
/// values as number cells), sheet <c>position</c> each party's term position as histogram bars (from, to, runs), and
/// sheet <c>about</c> what was run. Written by <see cref="XlsxActualsWriter"/>: every text cell is an inline string,
/// never a formula, whatever it starts with, so a name like <c>=HYPERLINK(…)</c> stays text.
/// </summary>
internal static class SimulationWorkbook
{
    public static byte[] Write(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var position = new List<string?[]>();
        position.Add(["party", "name", "figure", "from", "to", "runs"]);
        foreach (var party in result.Parties)
        {
            for (var i = 0; i < party.Position.Counts.Count; i++)
            {
                position.Add([party.Party, party.Name, party.Position.Figure, Pounds(party.Position.Edges[i]), Pounds(party.Position.Edges[i + 1]), party.Position.Counts[i].ToString(CultureInfo.InvariantCulture)]);
            }
        }

        var about = new List<string?[]>
        {
            new[] { "contract", result.Contract },
            new[] { "scenario", result.Scenario },
            new[] { "runs", result.Runs.ToString(CultureInfo.InvariantCulture) },
            new[] { "seed", result.Seed.ToString(CultureInfo.InvariantCulture) },
            new[] { "currency", result.Currency },
        };
        return XlsxActualsWriter.Write([("simulation", SimulationCsvRenderer.Rows(result)), ("position", position), ("about", about)]);
    }

    private static string Pounds(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
