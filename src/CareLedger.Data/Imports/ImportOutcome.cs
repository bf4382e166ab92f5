namespace CareLedger.Data.Imports;

/// <summary>An import that succeeded: each file's record, in the order given, and the import it replaced, if any.</summary>
public sealed record ImportOutcome(IReadOnlyList<ImportedFile> Files, ActualsImport? Replaced)
{
    /// <summary>True when every file had been imported before, so nothing was written.</summary>
    public bool NothingNew => Files.All(file => file.AlreadyImported);
}
