using CareLedger.Analytics.Costing;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Importing;

/// <summary>
/// Finds every problem in a file the one-pass import refused: the file is read again into a staging table as text and
/// each cell checked in SQL, so every failing cell is reported with its row, column, value and reason. This is the
/// slow path, taken only when a file is wrong; a good file is never read twice.
/// </summary>
internal static class ImportDiagnosis
{
    private const string Staging = "staging";

    /// <summary>Every problem found in <paramref name="file"/> (at most <see cref="ActivityImporter.MaxListedProblems"/>) and how many there are.</summary>
    public static (List<ImportProblem> Problems, long Count) Diagnose(ActivityStore store, LayoutDefinition layout, ImportFile file, HashSet<string> header, bool endsCleanly)
    {
        try
        {
            return Find(store, layout, file, header, endsCleanly);
        }
        finally
        {
            store.Execute($"DROP TABLE IF EXISTS {Staging}");
        }
    }

    private static (List<ImportProblem> Problems, long Count) Find(ActivityStore store, LayoutDefinition layout, ImportFile file, HashSet<string> header, bool endsCleanly)
    {
        store.Execute("DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans;");
        store.Execute($"""
            CREATE OR REPLACE TEMP TABLE {Staging} AS
            SELECT row_number() OVER () + 1 AS source_row, {ImportSql.Projection(layout, header)}
            FROM read_csv($path, {CsvHeader.ReadOptions}, store_rejects = true, ignore_errors = true)
            """, ("path", file.Path));

        var rejects = CsvRejects(store, file, endsCleanly);
        if (rejects.Count > 0)
        {
            return (rejects, rejects.Count);
        }

        var checks = ImportSql.Checks(layout, header);
        var listing = string.Join("\nUNION ALL ", checks.Select(check =>
            $"SELECT source_row, '{check.Column}' AS col, left({FieldSql.Quote(check.Column)}, {ImportProblem.MaxValueLength}) AS val, '{check.Reason.Replace("'", "''", StringComparison.Ordinal)}' AS reason FROM {Staging} WHERE {check.Condition}"));
        var found = new List<ImportProblem>();
        using (var command = store.Command($"SELECT * FROM ({listing}) ORDER BY source_row, col LIMIT {ActivityImporter.MaxListedProblems}"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add(new ImportProblem(file.DisplayName, reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? string.Empty : reader.GetString(2), reader.GetString(3)));
            }
        }

        if (found.Count > 0)
        {
            return (found, store.Scalar<long>($"SELECT count(*) FROM ({listing})"));
        }

        var unpriced = CostingService.PodsWithoutPrices(store, $"(SELECT {layout.PodSql} AS pod FROM {Staging})");
        var priceList = store.Scalar<string>("SELECT name FROM price_list LIMIT 1") ?? "the price list";
        var problems = unpriced.Select(pod => CostingService.NoPriceFor(priceList, pod)).ToList();
        return (problems, problems.Count);
    }

    /// <summary>Rows DuckDB's reader could not split into the header's columns (too few, too many, a broken quote, bad UTF-8).</summary>
    public static List<ImportProblem> CsvRejects(ActivityStore store, ImportFile file, bool endsCleanly)
    {
        var problems = new List<ImportProblem>();
        var lastLine = endsCleanly ? -1 : LastLineNumber(store);
        // DuckDB records a row with several missing cells once per cell; one problem per row is enough.
        using var command = store.Command($"""
            SELECT line, arg_min(column_name, column_idx), left(any_value(csv_line), {ImportProblem.MaxValueLength}), any_value(error_type), arg_min(error_message, column_idx)
            FROM reject_errors GROUP BY line ORDER BY line LIMIT {ActivityImporter.MaxListedProblems}
            """);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var line = reader.GetInt64(0);
            var reason = line == lastLine
                ? "is cut short: the file ends part-way through this row, so it looks truncated (copy or download it again)"
                : $"cannot be read as a row of the header's columns: {reader.GetString(4)}";
            problems.Add(new ImportProblem(file.DisplayName, line, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reason));
        }

        return problems;
    }

    /// <summary>The file's last line as DuckDB numbers lines: the later of the last row staged and the last row rejected.</summary>
    private static long LastLineNumber(ActivityStore store) =>
        Math.Max(store.Scalar<long>($"SELECT coalesce(max(source_row), 1) FROM {Staging}"), store.Scalar<long>("SELECT coalesce(max(line), 0) FROM reject_errors"));
}
