namespace CareLedger.Data.Imports;

/// <summary>What became of one file of an import: recorded now, or recognised as one imported before (and not counted twice).</summary>
public sealed record ImportedFile(ActualsImport Import, bool AlreadyImported);
