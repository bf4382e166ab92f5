using CareLedger.Application.Actuals.Xlsx;
using CareLedger.Simulation.Incentives;

namespace CareLedger.Cli.Output.Incentives;

/// <summary>An incentive analysis as an Excel workbook: sheet <c>incentives</c> holds exactly the CSV's table; every text cell an inline string, never a formula.</summary>
internal static class IncentivesWorkbook
{
    public static byte[] Write(IncentiveResult result) =>
        XlsxActualsWriter.Write([("incentives", IncentivesCsvRenderer.Rows(result)), ("about", [["contract", result.Contract], ["scenario", result.Scenario], ["year", result.Year], ["currency", result.Currency]])]);
}
