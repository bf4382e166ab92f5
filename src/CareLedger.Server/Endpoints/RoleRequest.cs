namespace CareLedger.Server.Endpoints;

public sealed record RoleRequest(string? ContractId, string? Role);
