using CareLedger.Analytics.Workspaces;

namespace CareLedger.Analytics.Importing;

/// <summary>The column names of a CSV file's header row, as DuckDB's reader sees them (a UTF-8 byte-order mark is dropped).</summary>
internal static class CsvHeader
{
    public const string ReadOptions = "all_varchar = true, header = true, delim = ',', quote = '\"', escape = '\"'";

    public static HashSet<string> Read(ActivityStore store, string path)
    {
        // Ragged rows must not stop the header being read: they are reported row by row when the file is staged.
        using var command = store.Command($"SELECT * FROM read_csv($path, {ReadOptions}, ignore_errors = true) LIMIT 0", ("path", path));
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            names.Add(reader.GetName(i).Trim().TrimStart('\uFEFF'));
        }

        return names;
    }
}
