using System.Globalization;
using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Simulation.Viability;

namespace CareLedger.Cli.Output.Viability;

/// <summary>
/// A viability assessment as an Excel workbook: sheet <c>viability</c> holds exactly the CSV's table and sheet
/// <c>about</c> what was run. Every text cell is an inline string, never a formula, whatever it starts with.
/// </summary>
internal static class ViabilityWorkbook
{
    public static byte[] Write(ViabilityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var about = new List<string?[]>
        {
            new[] { "contract", result.Contract },
            new[] { "scenario", result.Scenario },
            new[] { "bidder", result.Bidder },
            new[] { "runs", result.Runs.ToString(CultureInfo.InvariantCulture) },
            new[] { "seed", result.Seed.ToString(CultureInfo.InvariantCulture) },
            new[] { "simulations", result.Simulations.ToString(CultureInfo.InvariantCulture) },
            new[] { "contract value modelled", AmountText.Plain(result.ModelledValue) },
            new[] { "contract's own value", AmountText.Plain(result.PublishedValue) },
            new[] { "currency", result.Currency },
        };
        return XlsxActualsWriter.Write([("viability", ViabilityCsvRenderer.Rows(result)), ("about", about)]);
    }
}
