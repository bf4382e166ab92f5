using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Reporting;

/// <summary>Runs one view of spend over a workspace's store and returns typed rows.</summary>
public sealed class ReportService
{
    public SpendReport Report(ActivityStore store, SpendView view, ReportOptions options)
    {
        var totals = Totals(store);
        var (keys, sql) = view switch
        {
            SpendView.ProviderPod => (new[] { "provider", "pod", "service_line" }, SpendQueries.ProviderPod),
            SpendView.Patient => (["patient"], SpendQueries.Patient),
            SpendView.Practice => (["practice"], SpendQueries.Practice),
            SpendView.AgeSex => (["age_band", "sex"], SpendQueries.AgeSex),
            SpendView.Year => (["year"], SpendQueries.Year),
            SpendView.RiskTier => (["risk_tier"], SpendQueries.RiskTier),
            SpendView.Cohort when options is { MinAge: null, MaxAge: null, Diagnosis: null, TopPercent: not null, RiskTier: null } => (["cohort"], SpendQueries.TopPatients),
            SpendView.Cohort => (["cohort"], SpendQueries.Cohort),
            _ => throw new ArgumentOutOfRangeException(nameof(view), view, "Not a view."),
        };

        var cut = ("cut", (object?)TopPatients(totals.Patients, options.TopPercent));
        var parameters = sql switch
        {
            SpendQueries.Patient => [("top", (object?)options.Top)],
            SpendQueries.TopPatients => [cut],
            SpendQueries.Cohort => [("min", options.MinAge), ("max", options.MaxAge), ("diag", options.Diagnosis), cut, ("tier", options.RiskTier)],
            _ => Array.Empty<(string, object?)>(),
        };

        var rows = new List<SpendRow>();
        using (var command = store.Command(sql, parameters))
        using (var reader = command.ExecuteReader())
        {
            var measures = keys.Length;
            while (reader.Read())
            {
                var exact = reader.IsDBNull(measures + 4) ? 0m : reader.GetDecimal(measures + 4);
                rows.Add(new SpendRow(
                    Enumerable.Range(0, keys.Length).Select(i => reader.IsDBNull(i) ? string.Empty : reader.GetValue(i).ToString() ?? string.Empty).ToList(),
                    reader.GetInt64(measures), reader.IsDBNull(measures + 1) ? 0 : reader.GetInt64(measures + 1), reader.GetInt64(measures + 2),
                    reader.GetInt64(measures + 3), Pennies.Round(exact), exact, totals.Exact == 0 ? 0 : exact / totals.Exact));
            }
        }

        return new SpendReport(view, keys, rows, totals.Records, totals.Patients, Pennies.Round(totals.Exact), totals.Exact, sql, totals.NotAttended);
    }

    /// <summary>How many patients make up the top <paramref name="percent"/>: rounded up, so 2% of 49 patients is one.</summary>
    public static long? TopPatients(long patients, decimal? percent) =>
        percent is { } share ? (long)decimal.Ceiling(patients * share / 100m) : null;

    internal static (long Records, long Units, long Patients, long NotAttended, decimal Exact) Totals(ActivityStore store)
    {
        using var command = store.Command(SpendQueries.Totals);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.IsDBNull(0) ? 0 : reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.GetInt64(2),
            reader.IsDBNull(3) ? 0 : reader.GetInt64(3), reader.IsDBNull(4) ? 0m : reader.GetDecimal(4));
    }
}
