namespace CareLedger.Analytics.Importing;

/// <summary>
/// Files to import in one go (all or nothing), their layout, and optionally a price list to load first (required
/// when the workspace has none yet). <see cref="ImportFile.DisplayName"/> is what messages call each file.
/// </summary>
public sealed record ImportRequest(IReadOnlyList<ImportFile> Files, ActivityLayout Layout, ImportFile? PriceList = null);

/// <summary>A file on disk and the name to use for it in messages (as the user typed it).</summary>
public sealed record ImportFile(string Path, string DisplayName);
