using CareLedger.Analytics.Costing;
using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Importing;

/// <summary>
/// Imports patient-level activity files into a workspace, all or nothing: every file is read by DuckDB's parallel
/// CSV reader into a staging table as text, checked in SQL (every failing cell reported with its row, column, value
/// and reason), converted, costed and appended inside one transaction, which is rolled back if anything is wrong.
/// A file already in the store (the same SHA-256) is refused, as is a file that ends part-way through a row.
/// </summary>
public sealed class ActivityImporter(TimeProvider clock)
{
    /// <summary>At most this many problems are listed; the count says how many there were in all.</summary>
    public const int MaxListedProblems = 100_000;

    private const string Staging = "staging";

    public ImportOutcome Import(ActivityStore store, ImportRequest request, IProgress<string>? progress = null)
    {
        try
        {
            return ImportAll(store, request, progress);
        }
        catch (DuckDB.NET.Data.DuckDBException failure) when (failure.Message.Contains("CSV", StringComparison.OrdinalIgnoreCase) || failure.Message.Contains("sniff", StringComparison.OrdinalIgnoreCase))
        {
            // DuckDB's reader gives up on some files as a whole (no recognisable CSV dialect, a binary file); the
            // transaction has rolled back, so nothing is loaded.
            var name = request.Files.Count == 1 ? request.Files[0].DisplayName : "an input file";
            return ImportOutcome.Rejected([new ImportProblem(name, null, null, null, "cannot be read as CSV: " + failure.Message.Split('\n')[0])], 1, []);
        }
    }

    private ImportOutcome ImportAll(ActivityStore store, ImportRequest request, IProgress<string>? progress)
    {
        var layout = LayoutDefinition.For(request.Layout);
        var warnings = new List<string>();
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in request.Files)
        {
            if (!File.Exists(file.Path))
            {
                return Refuse(file, "does not exist or cannot be read", warnings);
            }

            if (new FileInfo(file.Path).Length == 0)
            {
                return Refuse(file, "is empty: it has no header row and no data", warnings);
            }

            progress?.Report($"fingerprinting {file.DisplayName}");
            var fingerprint = FileFingerprint.Of(file.Path);
            if (fingerprints.TryGetValue(fingerprint, out var twin))
            {
                return Refuse(file, $"is the same file as {twin} (identical content); give each file once", warnings);
            }

            fingerprints[fingerprint] = file.DisplayName;
            var earlier = Earlier(store, fingerprint);
            if (earlier is not null)
            {
                return Refuse(file, $"was already imported ({earlier}); nothing was imported again", warnings);
            }
        }

        using var transaction = store.Connection.BeginTransaction();
        if (request.PriceList is { } priceList)
        {
            progress?.Report($"loading prices from {priceList.DisplayName}");
            var priceProblems = new CostingService(clock).Load(store, priceList);
            if (priceProblems.Count > 0)
            {
                transaction.Rollback();
                return ImportOutcome.Rejected(priceProblems, priceProblems.Count, warnings);
            }
        }
        else if (store.Scalar<long>("SELECT count(*) FROM fallback_costs") == 0)
        {
            transaction.Rollback();
            return ImportOutcome.Rejected([new ImportProblem(request.Files[0].DisplayName, null, null, null,
                $"cannot be costed: the workspace '{store.Location.Name}' has no price list yet; give --prices with the National Cost Collection schedule (national_cost_collection_2023_24.csv) or a local price list")], 1, warnings);
        }

        var imported = new List<ImportedFile>();
        var nextId = (int)store.Scalar<long>("SELECT coalesce(max(import_id), 0) + 1 FROM imports");
        foreach (var file in request.Files)
        {
            progress?.Report($"reading {file.DisplayName}");
            var header = CsvHeader.Read(store, file.Path);
            var (rows, problems, count) = Stage(store, layout, file, header, warnings);
            if (count > 0)
            {
                transaction.Rollback();
                return ImportOutcome.Rejected(problems, count, warnings);
            }

            var unpriced = CostingService.PodsWithoutPrices(store, $"(SELECT {layout.PodSql} AS pod FROM {Staging})");
            if (unpriced.Count > 0)
            {
                transaction.Rollback();
                var name = store.Scalar<string>("SELECT name FROM price_list LIMIT 1") ?? "the price list";
                return ImportOutcome.Rejected(unpriced.Select(pod => CostingService.NoPriceFor(name, pod)).ToList(), unpriced.Count, warnings);
            }

            progress?.Report($"costing and storing {rows:N0} rows from {file.DisplayName}");
            var importId = nextId++;
            store.Execute(InsertSql(layout, header), ("import", importId), ("setting", layout.Setting));
            store.Execute("INSERT INTO imports VALUES ($id, $name, $fingerprint, $layout, $rows, $at)",
                ("id", importId), ("name", file.DisplayName), ("fingerprint", fingerprints.First(pair => pair.Value == file.DisplayName).Key),
                ("layout", request.Layout.ToString()), ("rows", rows), ("at", clock.GetUtcNow().UtcDateTime));
            store.Execute($"DROP TABLE {Staging}");
            imported.Add(new ImportedFile(importId, file.DisplayName, rows, fingerprints.First(pair => pair.Value == file.DisplayName).Key));
        }

        transaction.Commit();
        return new ImportOutcome(imported, CostingService.Summarise(store), [], 0, warnings);
    }

    private static ImportOutcome Refuse(ImportFile file, string reason, List<string> warnings) =>
        ImportOutcome.Rejected([new ImportProblem(file.DisplayName, null, null, null, reason)], 1, warnings);

    private static string? Earlier(ActivityStore store, string fingerprint)
    {
        using var command = store.Command("SELECT import_id, file_name, imported_at FROM imports WHERE fingerprint = $f", ("f", fingerprint));
        using var reader = command.ExecuteReader();
        return reader.Read() ? $"import {reader.GetInt32(0)}, as {reader.GetString(1)}, at {reader.GetDateTime(2):yyyy-MM-dd HH:mm} UTC" : null;
    }

    /// <summary>Reads one file into the staging table and checks it; returns its rows and the problems found.</summary>
    private static (long Rows, List<ImportProblem> Problems, long Count) Stage(ActivityStore store, LayoutDefinition layout, ImportFile file, HashSet<string> header, List<string> warnings)
    {
        var missing = layout.RequiredColumns.Where(column => !header.Contains(column)).ToList();
        if (missing.Count > 0)
        {
            var problems = missing.Select(column => new ImportProblem(file.DisplayName, 1, column, null,
                $"is missing from the header: the {layout.Setting} layout needs it (is this the right --layout?)")).ToList();
            return (0, problems, problems.Count);
        }

        // Only the layout's columns are read (DuckDB pushes the projection into its CSV reader); absent optional ones
        // become NULL. Column names come from the layout's fixed list, never from the file.
        var present = layout.Fields.Where(field => header.Contains(field.Column)).Select(field => field.Column)
            .Distinct().ToList();
        var columns = string.Join(", ", present.Select(FieldSql.Quote));
        store.Execute("DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans;");
        store.Execute($"""
            CREATE OR REPLACE TEMP TABLE {Staging} AS
            SELECT row_number() OVER () + 1 AS source_row, {columns}
            FROM read_csv($path, {CsvHeader.ReadOptions}, store_rejects = true, ignore_errors = true)
            """, ("path", file.Path));

        var endsCleanly = EndsWithLineBreak(file.Path);
        if (!endsCleanly)
        {
            warnings.Add($"{file.DisplayName} does not end with a line break; if it was cut short its last row may be incomplete.");
        }

        var rejects = CsvRejects(store, file, endsCleanly);
        if (rejects.Count > 0)
        {
            return (0, rejects, rejects.Count);
        }

        var rows = store.Scalar<long>($"SELECT count(*) FROM {Staging}");
        if (rows == 0)
        {
            return (0, [new ImportProblem(file.DisplayName, null, null, null, "has a header but no rows")], 1);
        }

        var checks = layout.Fields.Where(field => header.Contains(field.Column))
            .SelectMany(field => FieldSql.Checks(field).Select(check => (field.Column, check.Condition, check.Reason)))
            .ToList();
        var failing = store.Scalar<long>($"SELECT count(*) FROM {Staging} WHERE {string.Join(" OR ", checks.Select(check => $"({check.Condition})"))}");
        if (failing == 0)
        {
            return (rows, [], 0);
        }

        var listing = string.Join("\nUNION ALL ", checks.Select(check =>
            $"SELECT source_row, '{check.Column}' AS col, left({FieldSql.Quote(check.Column)}, {ImportProblem.MaxValueLength}) AS val, '{check.Reason.Replace("'", "''", StringComparison.Ordinal)}' AS reason FROM {Staging} WHERE {check.Condition}"));
        var found = new List<ImportProblem>();
        using (var command = store.Command($"SELECT * FROM ({listing}) ORDER BY source_row, col LIMIT {MaxListedProblems}"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                found.Add(new ImportProblem(file.DisplayName, reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? string.Empty : reader.GetString(2), reader.GetString(3)));
            }
        }

        var total = store.Scalar<long>($"SELECT count(*) FROM ({listing})");
        return (rows, found, total);
    }

    /// <summary>Rows DuckDB's reader could not split into the header's columns (too few, too many, a broken quote, bad UTF-8).</summary>
    private static List<ImportProblem> CsvRejects(ActivityStore store, ImportFile file, bool endsCleanly)
    {
        var problems = new List<ImportProblem>();
        var lastLine = endsCleanly ? -1 : LastLineNumber(store);
        // DuckDB records a row with several missing cells once per cell; one problem per row is enough.
        using var command = store.Command($"""
            SELECT line, arg_min(column_name, column_idx), left(any_value(csv_line), {ImportProblem.MaxValueLength}), any_value(error_type), arg_min(error_message, column_idx)
            FROM reject_errors GROUP BY line ORDER BY line LIMIT {MaxListedProblems}
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

    private static bool EndsWithLineBreak(string path)
    {
        using var stream = File.OpenRead(path);
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }

    /// <summary>The file's last line as DuckDB numbers lines: the later of the last row staged and the last row rejected.</summary>
    private static long LastLineNumber(ActivityStore store) =>
        Math.Max(store.Scalar<long>($"SELECT coalesce(max(source_row), 1) FROM {Staging}"), store.Scalar<long>("SELECT coalesce(max(line), 0) FROM reject_errors"));

    private static string InsertSql(LayoutDefinition layout, HashSet<string> header)
    {
        string Value(string target, string whenAbsent)
        {
            var field = layout.Fields.FirstOrDefault(field => field.Target == target && header.Contains(field.Column));
            return field is null ? whenAbsent : FieldSql.Convert(field);
        }

        return $"""
            INSERT INTO activity
            SELECT $import, m.source_row, $setting, m.patient_id, m.record_id, m.activity_date, m.provider, m.practice, m.age, m.sex,
                   m.specialty, m.diagnosis, m.hrg, m.pod, coalesce(m.service_line, {PointOfDelivery.ServiceLineSql("m.pod")}), m.units,
                   m.length_of_stay, {CostingSql.UnitCost}, m.units * {CostingSql.UnitCost}, {CostingSql.Basis}
            FROM (
                SELECT source_row,
                       {Value("patient_id", "NULL")} AS patient_id, {Value("record_id", "NULL")} AS record_id,
                       {Value("activity_date", "NULL")} AS activity_date, {Value("provider", "NULL")} AS provider,
                       {Value("practice", "NULL")} AS practice, {Value("age", "NULL")} AS age, {Value("sex", "NULL")} AS sex,
                       {Value("specialty", "NULL")} AS specialty, {Value("diagnosis", "NULL")} AS diagnosis, {Value("hrg", "NULL")} AS hrg,
                       {layout.PodSql} AS pod, {Value("service_line", "NULL")} AS service_line,
                       coalesce({Value("units", "NULL")}, 1) AS units, {Value("length_of_stay", "NULL")} AS length_of_stay
                FROM {Staging}
            ) m
            {CostingSql.Joins("m")}
            """;
    }
}
