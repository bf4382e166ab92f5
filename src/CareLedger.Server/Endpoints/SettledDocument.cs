using CareLedger.Application.Documents;

namespace CareLedger.Server.Endpoints;

/// <summary>What settling did: <c>settled</c> (a new run) or <c>unchanged</c> (the same inputs: the existing run), with any warnings.</summary>
public sealed record SettledDocument(string Outcome, RunDocument Run, IReadOnlyList<FindingDocument> Findings);
