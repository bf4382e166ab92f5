using CareLedger.Application.Documents;

namespace CareLedger.Server.Endpoints;

/// <summary>
/// The answer to an import: each file given, in order, recorded now or recognised as imported before (and not
/// counted twice); the import it replaced; and its warnings.
/// </summary>
public sealed record ImportedDocument(IReadOnlyList<ImportedFileDocument> Files, ImportDocument? Replaced, IReadOnlyList<FindingDocument> Findings);

/// <summary>One file of an import and whether it had been imported before.</summary>
public sealed record ImportedFileDocument(bool AlreadyImported, ImportDocument Import);
