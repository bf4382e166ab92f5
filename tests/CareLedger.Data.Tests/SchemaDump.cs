using CareLedger.Data.Storage;

namespace CareLedger.Data.Tests;

/// <summary>
/// A text picture of a database, to show that something changed nothing: every table, its columns and its row count
/// (every row, for small tables), in a fixed order.
/// </summary>
public static class SchemaDump
{
    public static async Task<string> TakeAsync(LedgerDatabase database)
    {
        await using var transaction = await database.BeginAsync();
        var tables = database.Provider == DatabaseProvider.Sqlite
            ? await transaction.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            : await transaction.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
        var lines = new List<string>();
        foreach (var table in tables)
        {
            // Table names come from the database's own catalogue, never from input; quoted all the same.
            var count = await transaction.QuerySingleOrDefaultAsync<long>($"SELECT COUNT(*) FROM \"{table}\"");
            lines.Add($"{table}: {count} rows");
            var rows = await transaction.QueryAsync<dynamic>($"SELECT * FROM \"{table}\"");
            foreach (IDictionary<string, object?> row in rows.Cast<IDictionary<string, object?>>().Take(200))
            {
                lines.Add("  " + string.Join(" | ", row.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={Show(pair.Value)}")));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Fingerprint.Of(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
