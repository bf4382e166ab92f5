namespace CareLedger.Server.Endpoints;

public sealed record PartyLinkRequest(string? ContractId, string? PartyId);
