namespace CareLedger.Server.Endpoints;

/// <summary>A role grant as the API shows it.</summary>
public sealed record RoleDocument(string ContractId, string Role);
