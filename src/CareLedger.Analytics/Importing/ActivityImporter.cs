using CareLedger.Analytics.Costing;
using CareLedger.Analytics.Reporting;
using CareLedger.Analytics.Workspaces;
using DuckDB.NET.Data;

namespace CareLedger.Analytics.Importing;

/// <summary>
/// Imports patient-level activity files into a workspace, all or nothing, inside one transaction. Each file is read
/// once: DuckDB's parallel CSV reader feeds one statement that checks, converts, costs and appends every row
/// (<see cref="ImportSql"/>), while the file's SHA-256 is worked out beside it. Anything wrong — a ragged row, a cell
/// that fails a check, a point of delivery without prices, a file imported before — rolls everything back; a refused
/// file is then read again by <see cref="ImportDiagnosis"/> to report every problem with its row, column, value and reason.
/// </summary>
public sealed class ActivityImporter(TimeProvider clock)
{
    /// <summary>At most this many problems are listed; the count says how many there were in all.</summary>
    public const int MaxListedProblems = 100_000;

    public ImportOutcome Import(ActivityStore store, ImportRequest request, IProgress<string>? progress = null)
    {
        try
        {
            return ImportAll(store, request, progress);
        }
        catch (DuckDBException failure) when (IsUnreadable(failure))
        {
            // DuckDB's reader gives up on some files as a whole (no recognisable CSV dialect, a binary file); the
            // transaction has rolled back, so nothing is loaded.
            var name = request.Files.Count == 1 ? request.Files[0].DisplayName : "an input file";
            return ImportOutcome.Rejected([new ImportProblem(name, null, null, null, "cannot be read as CSV: " + failure.Message.Split('\n')[0])], 1, []);
        }
    }

    private static bool IsUnreadable(DuckDBException failure) =>
        failure.Message.Contains("CSV", StringComparison.OrdinalIgnoreCase) || failure.Message.Contains("sniff", StringComparison.OrdinalIgnoreCase);

    private ImportOutcome ImportAll(ActivityStore store, ImportRequest request, IProgress<string>? progress)
    {
        var warnings = new List<string>();
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
        }

        // The fingerprints are worked out on another thread while DuckDB reads the files, rather than in a pass of
        // their own first; a repeated file is still refused before anything is committed.
        using var stop = new CancellationTokenSource();
        var fingerprints = Task.Run(() => request.Files.Select(file => FileFingerprint.Of(file.Path, stop.Token)).ToList(), stop.Token);
        try
        {
            return Load(store, request, fingerprints, warnings, progress);
        }
        finally
        {
            stop.Cancel();
            // Only reached early when the import was refused for another reason, which is then the answer.
            _ = fingerprints.ContinueWith(task => task.Exception, TaskScheduler.Default);
        }
    }

    private ImportOutcome Load(ActivityStore store, ImportRequest request, Task<List<string>> fingerprinting, List<string> warnings, IProgress<string>? progress)
    {
        var layout = LayoutDefinition.For(request.Layout);
        var transaction = store.Connection.BeginTransaction();
        var open = true;
        try
        {
            if (request.PriceList is { } priceList)
            {
                progress?.Report($"loading prices from {priceList.DisplayName}");
                var priceProblems = new CostingService(clock).Load(store, priceList);
                if (priceProblems.Count > 0)
                {
                    return ImportOutcome.Rejected(priceProblems, priceProblems.Count, warnings);
                }
            }
            else if (store.Scalar<long>("SELECT count(*) FROM fallback_costs") == 0)
            {
                return ImportOutcome.Rejected([new ImportProblem(request.Files[0].DisplayName, null, null, null,
                    $"cannot be costed: the workspace '{store.Location.Name}' has no price list yet; give --prices with the National Cost Collection schedule (national_cost_collection_2023_24.csv) or a local price list")], 1, warnings);
            }

            var firstId = (int)store.Scalar<long>("SELECT coalesce(max(import_id), 0) + 1 FROM imports");
            var rows = new List<long>();
            foreach (var (file, index) in request.Files.Select((file, index) => (file, index)))
            {
                progress?.Report($"reading, checking and costing {file.DisplayName}");
                var header = CsvHeader.Read(store, file.Path);
                var missing = layout.RequiredColumns.Where(column => !header.Contains(column)).ToList();
                if (missing.Count > 0)
                {
                    return ImportOutcome.Rejected(missing.Select(column => new ImportProblem(file.DisplayName, 1, column, null,
                        $"is missing from the header: the {layout.Setting} layout needs it (is this the right --layout?)")).ToList(), missing.Count, warnings);
                }

                var endsCleanly = EndsWithLineBreak(file.Path);
                if (!endsCleanly)
                {
                    warnings.Add($"{file.DisplayName} does not end with a line break; if it was cut short its last row may be incomplete.");
                }

                var refused = Append(store, layout, header, file, firstId + index, out var appended);
                if (refused is not null || store.Scalar<long>("SELECT count(*) FROM reject_errors") > 0)
                {
                    transaction.Rollback();
                    open = false;
                    var (problems, count) = ImportDiagnosis.Diagnose(store, layout, file, header, endsCleanly);
                    return count > 0 ? ImportOutcome.Rejected(problems, count, warnings)
                        : ImportOutcome.Rejected([new ImportProblem(file.DisplayName, null, null, null, "cannot be imported: " + (refused ?? "DuckDB rejected a row"))], 1, warnings);
                }

                if (appended == 0)
                {
                    return ImportOutcome.Rejected([new ImportProblem(file.DisplayName, null, null, null, "has a header but no rows")], 1, warnings);
                }

                rows.Add(appended);
            }

            progress?.Report("checking the files against those imported before");
            var fingerprints = fingerprinting.GetAwaiter().GetResult();
            var imported = new List<ImportedFile>();
            for (var index = 0; index < request.Files.Count; index++)
            {
                var file = request.Files[index];
                var twin = fingerprints.IndexOf(fingerprints[index]);
                if (twin < index)
                {
                    return Refuse(file, $"is the same file as {request.Files[twin].DisplayName} (identical content); give each file once", warnings);
                }

                if (Earlier(store, fingerprints[index]) is { } earlier)
                {
                    return Refuse(file, $"was already imported ({earlier}); nothing was imported again", warnings);
                }

                store.Execute("INSERT INTO imports VALUES ($id, $name, $fingerprint, $layout, $rows, $at)",
                    ("id", firstId + index), ("name", file.DisplayName), ("fingerprint", fingerprints[index]),
                    ("layout", request.Layout.ToString()), ("rows", rows[index]), ("at", clock.GetUtcNow().UtcDateTime));
                imported.Add(new ImportedFile(firstId + index, file.DisplayName, rows[index], fingerprints[index]));
            }

            progress?.Report("updating spend by patient and by provider");
            SpendAggregates.Refresh(store);
            transaction.Commit();
            open = false;
            return new ImportOutcome(imported, CostingService.Summarise(store), [], 0, warnings);
        }
        finally
        {
            // Every early return, and every failure, loads nothing.
            if (open)
            {
                transaction.Rollback();
            }

            transaction.Dispose();
        }
    }

    /// <summary>Appends one file's rows; null when they all went in, else the reason the statement stopped.</summary>
    private static string? Append(ActivityStore store, LayoutDefinition layout, HashSet<string> header, ImportFile file, int importId, out long appended)
    {
        appended = 0;
        store.Execute("DROP TABLE IF EXISTS reject_errors; DROP TABLE IF EXISTS reject_scans;");
        try
        {
            using var command = store.Command(ImportSql.Insert(layout, header), ("path", file.Path), ("import", importId), ("setting", layout.Setting));
            appended = command.ExecuteNonQuery();
            return null;
        }
        catch (DuckDBException failure) when (!IsUnreadable(failure) || failure.Message.Contains(ImportSql.RowFails, StringComparison.Ordinal))
        {
            return failure.Message.Split('\n')[0];
        }
    }

    private static ImportOutcome Refuse(ImportFile file, string reason, List<string> warnings) =>
        ImportOutcome.Rejected([new ImportProblem(file.DisplayName, null, null, null, reason)], 1, warnings);

    private static string? Earlier(ActivityStore store, string fingerprint)
    {
        using var command = store.Command("SELECT import_id, file_name, imported_at FROM imports WHERE fingerprint = $f", ("f", fingerprint));
        using var reader = command.ExecuteReader();
        return reader.Read() ? $"import {reader.GetInt32(0)}, as {reader.GetString(1)}, at {reader.GetDateTime(2):yyyy-MM-dd HH:mm} UTC" : null;
    }

    private static bool EndsWithLineBreak(string path)
    {
        using var stream = File.OpenRead(path);
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte() == '\n';
    }
}
