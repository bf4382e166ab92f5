namespace CareLedger.Analytics.Importing;

/// <summary>One file taken into the store: its import number, rows and SHA-256 fingerprint.</summary>
public sealed record ImportedFile(int ImportId, string DisplayName, long Rows, string Fingerprint);
