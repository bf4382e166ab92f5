using CareLedger.Domain.Contracts;

namespace CareLedger.Data.Contracts;

/// <summary>A stored version opened for computing: the version, its contract, and its text (for fingerprints and locations).</summary>
public sealed record OpenedVersion(ContractVersion Version, Contract Contract, string Yaml);
