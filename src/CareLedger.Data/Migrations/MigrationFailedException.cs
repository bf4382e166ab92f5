namespace CareLedger.Data.Migrations;

/// <summary>A migration's SQL failed; its transaction was rolled back and the database is as it was before it.</summary>
public sealed class MigrationFailedException(Migration migration, Exception inner)
    : Exception($"Migration {migration} failed and was rolled back; the database is unchanged by it: {inner.Message}", inner)
{
    public Migration Migration { get; } = migration;
}
