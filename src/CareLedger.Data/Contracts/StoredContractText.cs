namespace CareLedger.Data.Contracts;

/// <summary>A version and its YAML exactly as uploaded.</summary>
public sealed record StoredContractText(ContractVersion Version, string Yaml);
