using DuckDB.NET.Data;

namespace CareLedger.Analytics.Workspaces;

/// <summary>
/// An open workspace store: one DuckDB connection to the workspace's file, with the schema in place. DuckDB runs
/// in-process; nothing is installed or started. Dispose closes the file.
/// </summary>
public sealed class ActivityStore : IDisposable
{
    private ActivityStore(DuckDBConnection connection, WorkspaceLocation location)
    {
        Connection = connection;
        Location = location;
    }

    /// <summary>DuckDB's buffer limit for a workspace store.</summary>
    public const string MemoryLimit = "640MB";

    public WorkspaceLocation Location { get; }

    internal DuckDBConnection Connection { get; }

    /// <summary>Opens the workspace, creating its folder and store when <paramref name="create"/> is true.</summary>
    public static ActivityStore Open(WorkspaceLocation location, bool create = true)
    {
        if (!create && !location.Exists)
        {
            throw new InvalidOperationException($"The workspace '{location.Name}' has no store at {location.DatabaseFile}; check Exists first.");
        }

        Directory.CreateDirectory(location.Folder);
        var connection = new DuckDBConnection("DataSource=" + location.DatabaseFile);
        connection.Open();
        var store = new ActivityStore(connection, location);
        // A laptop budget: DuckDB keeps its buffers under this and spills the rest (a 10-million-row import's staging
        // table, say) to the workspace's own temporary folder, so peak memory stays under a gigabyte.
        store.Execute($"SET memory_limit = '{MemoryLimit}'; SET temp_directory = $temp", ("temp", Path.Combine(location.Folder, "tmp")));
        store.Execute(StoreSchema.Create);
        store.Upgrade();
        Reporting.SpendAggregates.BuildIfMissing(store);
        return store;
    }

    private void Upgrade()
    {
        bool addAttendance, allowEmptySourceRow;
        using (var command = Command(StoreSchema.PendingChanges))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            (addAttendance, allowEmptySourceRow) = (reader.GetBoolean(0), reader.GetBoolean(1));
        }

        if (addAttendance)
        {
            Execute(StoreSchema.AddAttendance);
        }

        if (allowEmptySourceRow)
        {
            Execute(StoreSchema.AllowEmptySourceRow);
        }
    }

    internal DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        return command;
    }

    internal void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    internal T? Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Connection.Dispose();
}
