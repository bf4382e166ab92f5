using CareLedger.Data.Contracts;

namespace CareLedger.Server.Endpoints;

/// <summary>A contract's current version and its parties.</summary>
public sealed record ContractDetailDocument(ContractDocument Contract, IReadOnlyList<ContractParty> Parties);
