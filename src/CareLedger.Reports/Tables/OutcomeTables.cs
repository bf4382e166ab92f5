using System.Globalization;
using CareLedger.Data.Outcomes;
using CareLedger.Reports.Model;

namespace CareLedger.Reports.Tables;

/// <summary>The outcomes page's table: each indicator's framework, weight, latest result with its period, and the evidence named with it.</summary>
public static class OutcomeTables
{
    public static ReportTable Indicators(OutcomeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Frameworks.SelectMany(framework => framework.Indicators.Select(indicator =>
        {
            var latest = indicator.Results.Count == 0 ? null : indicator.Results[^1];
            return new ReportRow(
            [
                ReportCell.Of(framework.Name),
                ReportCell.Of(indicator.Name),
                ReportCell.Of(indicator.WeightPercent.ToString("0.##", CultureInfo.InvariantCulture) + "%"),
                ReportCell.Of(latest is null ? "not yet due" : Status(latest)),
                ReportCell.Of(latest?.Period),
                ReportCell.Of(latest?.Evidence),
            ]);
        }));
        return new ReportTable("outcomes", "Each indicator, its weight and its latest result", ["Framework", "Indicator", "Weight", "Latest result", "Period", "Evidence"], [.. rows]);
    }

    /// <summary>As the outcomes page words a result: milestones met, partly met or not met; a metric its measured value.</summary>
    public static string Status(RecordedResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            "Achieved" => "met",
            "PartlyAchieved" => "partly met",
            "NotAchieved" => "not met",
            null when result.Value is { } value => "measured " + value.ToString(CultureInfo.InvariantCulture),
            _ => "recorded",
        };
    }
}
