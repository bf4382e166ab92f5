using System.Globalization;
using CareLedger.Application.Csv;
using CareLedger.Simulation.Incentives;

namespace CareLedger.Cli.Output.Incentives;

/// <summary>
/// An incentive analysis for spreadsheets: one finding a row. Columns: year, kind (<c>activity</c>, <c>indicator</c>,
/// <c>risk-spend</c>), lever, party, from, to, unit, own (pounds a unit to the party), alliance (pounds a unit to the
/// alliance), at_operating_point, flag (<c>none</c>, <c>perverse</c>, <c>no-incentive</c>), explanation. Written by
/// <see cref="CsvWriter"/>, which writes a cell that could be read as a formula as text.
/// </summary>
internal static class IncentivesCsvRenderer
{
    private static readonly string?[] Header = ["year", "kind", "lever", "party", "from", "to", "unit", "own", "alliance", "at_operating_point", "flag", "explanation"];

    public static void Write(IncentiveResult result, TextWriter output)
    {
        var csv = new CsvWriter(output);
        foreach (var row in Rows(result))
        {
            csv.WriteRow(row);
        }
    }

    public static IReadOnlyList<string?[]> Rows(IncentiveResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<string?[]> { Header };
        rows.AddRange(result.Findings.Select(finding => new[]
        {
            result.Year, finding.Kind, finding.Lever, finding.Party, Invariant(finding.From), Invariant(finding.To), finding.Unit,
            Invariant(finding.Own), Invariant(finding.Alliance), finding.AtOperatingPoint ? "yes" : "no", Flag(finding.Flag), finding.Explanation,
        }));
        return rows;
    }

    private static string Flag(IncentiveFlag flag) => flag switch
    {
        IncentiveFlag.Perverse => "perverse",
        IncentiveFlag.NoIncentive => "no-incentive",
        _ => "none",
    };

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
