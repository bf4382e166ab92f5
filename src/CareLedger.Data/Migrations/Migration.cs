namespace CareLedger.Data.Migrations;

/// <summary>
/// One step of the schema history: its id (<c>0001</c>), its name, and the SQL for the database in use (the common
/// file followed by the database's own file, when there is one). Its checksum is recorded when applied, so an
/// applied migration that is later edited is refused rather than silently diverging.
/// </summary>
public sealed record Migration(string Id, string Name, string Sql)
{
    public string Checksum { get; } = Fingerprint.Of(Sql);

    public override string ToString() => $"{Id}_{Name}";
}
