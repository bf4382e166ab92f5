namespace CareLedger.Data.Storage;

/// <summary>The two databases CareLedger keeps its records in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: nothing to install, one server process writing at a time.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by any number of CareLedger servers.</summary>
    PostgreSql,
}
