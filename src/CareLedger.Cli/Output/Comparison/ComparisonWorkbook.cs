using System.Globalization;
using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Simulation.Comparison;

namespace CareLedger.Cli.Output.Comparison;

/// <summary>
/// A comparison as an Excel workbook: sheet <c>comparison</c> holds exactly the CSV's table and sheet <c>about</c> what
/// was run. Every text cell is an inline string, never a formula, whatever it starts with.
/// </summary>
internal static class ComparisonWorkbook
{
    private static readonly string?[] Draws = ["draws", "every model draws the same runs (common random numbers)"];

    public static byte[] Write(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var about = new List<string?[]>
        {
            new[] { "scenario", result.Scenario },
            new[] { "models", string.Join("; ", result.Models.Select(model => $"{model.Label} ({model.Model})")) },
            new[] { "runs", result.Runs.ToString(CultureInfo.InvariantCulture) },
            new[] { "seed", result.Seed.ToString(CultureInfo.InvariantCulture) },
            new[] { "currency", result.Currency },
            Draws,
        };
        return XlsxActualsWriter.Write([("comparison", ComparisonCsvRenderer.Rows(result)), ("about", about)]);
    }
}
