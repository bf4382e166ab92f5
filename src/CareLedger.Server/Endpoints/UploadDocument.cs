using CareLedger.Application.Documents;
using CareLedger.Data.Contracts;

namespace CareLedger.Server.Endpoints;

/// <summary>What an accepted upload did: <c>added</c> a version or found it <c>unchanged</c>, with the version and any warnings.</summary>
public sealed record UploadDocument(string Status, ContractVersion Version, string Etag, IReadOnlyList<FindingDocument> Findings);
