using System.Globalization;
using CareLedger.Simulation.Results;

namespace CareLedger.Cli.Output.Simulation;

/// <summary>A projection as a readable table: one row per party and year, then the term.</summary>
internal static class ProjectionRenderer
{
    public static void Write(ProjectionResult projection, TextWriter output)
    {
        output.WriteLine($"Projection of {projection.Contract} under '{projection.Scenario}' (central values)");
        output.WriteLine();
        output.WriteLine($"{"Party",-40} {"Year",-8} {"Income",20} {"Cost",20} {"Surplus",20}");
        foreach (var party in projection.Parties)
        {
            foreach (var year in party.Years.Append(party.Term))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Cut(party.Name),-40} {year.Year,-8} {year.Income,20} {year.Cost?.ToString() ?? "",20} {year.Surplus?.ToString() ?? "",20}"));
            }
        }
    }

    internal static string Cut(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
