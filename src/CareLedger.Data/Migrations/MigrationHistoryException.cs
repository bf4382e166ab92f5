namespace CareLedger.Data.Migrations;

/// <summary>The database's recorded schema history does not match this program's: nothing was applied.</summary>
public sealed class MigrationHistoryException(string message) : Exception(message);
