using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Reporting;

/// <summary>Runs one view of spend over a workspace's store and returns typed rows.</summary>
public sealed class ReportService
{
    public SpendReport Report(ActivityStore store, SpendView view, ReportOptions options)
    {
        var (records, _, patients, exactTotal) = Totals(store);
        var (keys, sql) = view switch
        {
            SpendView.ProviderPod => (new[] { "provider", "pod", "service_line" }, SpendQueries.ProviderPod),
            SpendView.Patient => (["patient"], SpendQueries.Patient),
            SpendView.Practice => (["practice"], SpendQueries.Practice),
            SpendView.AgeSex => (["age_band", "sex"], SpendQueries.AgeSex),
            SpendView.Year => (["year"], SpendQueries.Year),
            SpendView.Cohort => (["cohort"], SpendQueries.Cohort),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Not a view."),
        };

        var parameters = view switch
        {
            SpendView.Patient => [("top", (object?)options.Top)],
            SpendView.Cohort => [("min", options.MinAge), ("max", options.MaxAge), ("diag", options.Diagnosis), ("cut", TopPatients(patients, options.TopPercent))],
            _ => Array.Empty<(string, object?)>(),
        };

        var rows = new List<SpendRow>();
        using (var command = store.Command(sql, parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var exact = reader.IsDBNull(keys.Length + 3) ? 0m : reader.GetDecimal(keys.Length + 3);
                rows.Add(new SpendRow(
                    Enumerable.Range(0, keys.Length).Select(i => reader.IsDBNull(i) ? string.Empty : reader.GetValue(i).ToString() ?? string.Empty).ToList(),
                    reader.GetInt64(keys.Length), reader.IsDBNull(keys.Length + 1) ? 0 : reader.GetInt64(keys.Length + 1), reader.GetInt64(keys.Length + 2),
                    Pennies.Round(exact), exact, exactTotal == 0 ? 0 : exact / exactTotal));
            }
        }

        return new SpendReport(view, keys, rows, records, patients, Pennies.Round(exactTotal), exactTotal, sql);
    }

    /// <summary>How many patients make up the top <paramref name="percent"/>: rounded up, so 2% of 49 patients is one.</summary>
    public static long? TopPatients(long patients, decimal? percent) =>
        percent is { } share ? (long)decimal.Ceiling(patients * share / 100m) : null;

    internal static (long Records, long Units, long Patients, decimal Exact) Totals(ActivityStore store)
    {
        using var command = store.Command(SpendQueries.Totals);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? 0m : reader.GetDecimal(3));
    }
}
