namespace CareLedger.Data.Contracts;

/// <summary>One stored version of a contract: its number, the contract's name in it, the file it came from and its fingerprint.</summary>
public sealed record ContractVersion(
    string ContractId,
    long Version,
    string Name,
    string FileName,
    string Fingerprint,
    string? Note,
    string CreatedAt,
    string CreatedBy);
