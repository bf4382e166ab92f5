using CareLedger.Data.Contracts;

namespace CareLedger.Server.Endpoints;

/// <summary>What changed from one version of a contract to another, key by key.</summary>
public sealed record ComparisonDocument(string ContractId, long From, long To, IReadOnlyList<ContractDifference> Differences);
