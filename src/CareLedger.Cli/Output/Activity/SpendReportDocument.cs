using CareLedger.Analytics.Reporting;

namespace CareLedger.Cli.Output.Activity;

/// <summary>The JSON form of a view of spend: each row's keys by name, its counts, spend (pennies) and exact spend (4 dp).</summary>
internal sealed record SpendReportDocument(string View, long Records, long Patients, long NotAttended, decimal Total, decimal ExactTotal, IReadOnlyList<SpendRowDocument> Rows)
{
    public static SpendReportDocument Of(SpendReport report) =>
        new(report.View.ToString(), report.Records, report.Patients, report.NotAttended, report.Total, report.ExactTotal,
            report.Rows.Select(row => new SpendRowDocument(
                report.KeyNames.Zip(row.Keys).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal),
                row.Records, row.Units, row.Patients, row.NotAttended, row.Spend, row.ExactSpend, row.Share)).ToList());
}

/// <summary>One row of <see cref="SpendReportDocument"/>.</summary>
internal sealed record SpendRowDocument(IReadOnlyDictionary<string, string> Keys, long Records, long Units, long Patients, long NotAttended, decimal Spend, decimal ExactSpend, decimal Share);
