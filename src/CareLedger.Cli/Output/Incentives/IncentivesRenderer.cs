using System.Globalization;
using CareLedger.Simulation.Incentives;

namespace CareLedger.Cli.Output.Incentives;

/// <summary>An incentive analysis as text: one line a finding, grouped by lever, the flagged ones marked and counted at the end.</summary>
internal static class IncentivesRenderer
{
    public static void Write(IncentiveResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine($"Incentives in {result.Contract} under '{result.Scenario}', {result.Year} ({result.Currency}; at the scenario's central values; * marks the operating point's range)");
        foreach (var lever in result.Findings.GroupBy(finding => (finding.Kind, finding.Lever)))
        {
            output.WriteLine();
            output.WriteLine($"{lever.Key.Kind}: {lever.Key.Lever}");
            foreach (var finding in lever)
            {
                var mark = finding.Flag switch
                {
                    IncentiveFlag.Perverse => "PERVERSE ",
                    IncentiveFlag.NoIncentive => "NO INCENTIVE ",
                    _ => string.Empty,
                };
                output.WriteLine($"  {(finding.AtOperatingPoint ? "*" : " ")} {mark}{finding.Explanation}");
            }
        }

        var perverse = result.Findings.Count(finding => finding.Flag == IncentiveFlag.Perverse);
        var none = result.Findings.Count(finding => finding.Flag == IncentiveFlag.NoIncentive);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Findings.Count:#,0} findings: {perverse:#,0} perverse, {none:#,0} without incentive ({result.Settlements:#,0} settlements)."));
    }
}
