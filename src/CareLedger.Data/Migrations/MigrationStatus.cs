namespace CareLedger.Data.Migrations;

/// <summary>What a database has applied and what it still needs.</summary>
public sealed record MigrationStatus(IReadOnlyList<string> Applied, IReadOnlyList<string> Pending);
