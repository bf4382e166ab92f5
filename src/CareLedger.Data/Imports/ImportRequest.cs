namespace CareLedger.Data.Imports;

/// <summary>
/// Files of actuals to import for a stored contract, together, all or nothing. <see cref="Replaces"/> names an
/// earlier import (its id, <c>mid-notts#3</c>, or its number, <c>3</c>) that these files take the place of: it is
/// kept, marked replaced, and no longer counts. <see cref="OnlyFor"/>, when given, is the provider parties the
/// caller imports for (provider finance): every new row must be one of theirs (<see cref="ForeignRows"/>), and an
/// import they replace must hold only their rows.
/// </summary>
public sealed record ImportRequest(string ContractId, IReadOnlyList<ImportFile> Files, string? Replaces = null, IReadOnlySet<string>? OnlyFor = null);
