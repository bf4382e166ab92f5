using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Simulation.Results;

namespace CareLedger.Cli.Output.Simulation;

/// <summary>
/// A projection as an Excel workbook: sheet <c>projection</c> holds exactly the CSV's table (one figure per row,
/// amounts as number cells to the penny) and sheet <c>about</c> the contract and scenario. Every text cell is an
/// inline string, never a formula (<see cref="XlsxActualsWriter"/>).
/// </summary>
internal static class ProjectionWorkbook
{
    public static byte[] Write(ProjectionResult projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var about = new List<string?[]>
        {
            new[] { "contract", projection.Contract },
            new[] { "scenario", projection.Scenario },
            new[] { "currency", projection.Currency },
        };
        return XlsxActualsWriter.Write([("projection", ProjectionCsvRenderer.Rows(projection)), ("about", about)]);
    }
}
