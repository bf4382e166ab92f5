namespace CareLedger.Data.Imports;

/// <summary>
/// Files of actuals to import for a stored contract, together, all or nothing. <see cref="Replaces"/> names an
/// earlier import (its id, <c>mid-notts#3</c>, or its number, <c>3</c>) that these files take the place of: it is
/// kept, marked replaced, and no longer counts.
/// </summary>
public sealed record ImportRequest(string ContractId, IReadOnlyList<ImportFile> Files, string? Replaces = null);
